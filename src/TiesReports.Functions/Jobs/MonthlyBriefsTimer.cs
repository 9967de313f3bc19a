using Microsoft.Azure.Functions.Worker;
using TiesReports.Core.Model;

namespace TiesReports.Functions.Jobs;

/// <summary>On the first day of each month (schedule in app setting MonthlyBriefSchedule), fans out one job per partnership.</summary>
public sealed class MonthlyBriefsTimer(MonthlyBriefScheduler scheduler, TimeProvider clock)
{
    [Function("MonthlyBriefs")]
    public async Task Run([TimerTrigger("%MonthlyBriefSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var month = Month.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await scheduler.ScheduleAsync(month, cancellationToken);
    }
}
