using Cronos;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>A timer-triggered function: fired from its NCRONTAB schedule (six fields, seconds first) or on demand.</summary>
internal sealed class TimerTrigger(LoadedFunction function, AppSettings settings, Func<LoadedFunction, InvocationRequest, CancellationToken, Task<InvocationRecord>> invoke)
{
    private readonly CronExpression _schedule = CronExpression.Parse(
        settings.Resolve(function.TriggerProperty("schedule") ?? throw new InvalidOperationException($"{function.Name} has no schedule.")),
        CronFormat.IncludeSeconds);

    public LoadedFunction Function => function;

    public Task<InvocationRecord> FireAsync(bool isPastDue, CancellationToken cancellationToken) => invoke(function, new InvocationRequest
    {
        InvocationId = Guid.NewGuid().ToString(),
        FunctionId = function.Id,
        InputData = { new ParameterBinding { Name = function.TriggerName, Data = new TypedData { Json = $$"""{"IsPastDue":{{(isPastDue ? "true" : "false")}}}""" } } },
    }, cancellationToken);

    public async Task RunAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = _schedule.GetNextOccurrence(now.UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            // Task.Delay takes at most ~49 days; wait in steps and look again.
            var wait = TimeSpan.FromTicks(Math.Min((next.Value - now.UtcDateTime).Ticks, TimeSpan.FromDays(7).Ticks));
            await Task.Delay(wait, clock, cancellationToken);
            if (clock.GetUtcNow() >= next.Value)
            {
                await FireAsync(isPastDue: false, cancellationToken);
            }
        }
    }
}
