namespace TiesReports.Functions;

/// <summary>Settings of the Functions app, bound from the "Briefs" configuration section.</summary>
public sealed class FunctionsOptions
{
    public const string SectionName = "Briefs";

    /// <summary>Largest accepted request body; larger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Seconds a client is told to wait (Retry-After) while storage is unreachable.</summary>
    public int RetryAfterSeconds { get; set; } = 30;
}
