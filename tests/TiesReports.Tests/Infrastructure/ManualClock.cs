namespace TiesReports.Tests.Infrastructure;

/// <summary>A clock the test sets, so "this month" is the month the test says.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
