using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Core.Model;

namespace TiesReports.Functions.Jobs;

/// <summary>
/// The monthly run: one job per partnership on the queue. Firing twice only enqueues duplicates, which the
/// job processor resolves to the one brief already stored (create-if-absent).
/// </summary>
public sealed class MonthlyBriefScheduler(BriefService briefs, IBriefJobQueue queue, ILogger<MonthlyBriefScheduler> logger)
{
    public async Task<int> ScheduleAsync(Month month, CancellationToken cancellationToken)
    {
        var loaded = await briefs.LoadAsync(cancellationToken);
        var jobs = loaded.Dataset.Partnerships.Select(p => new BriefJob(p.Id, month.ToString())).ToList();
        await queue.EnqueueAsync(jobs, cancellationToken);
        logger.LogInformation("Monthly run for {Month}: {Count} brief job(s) enqueued; {Errors} data error(s) skipped", month, jobs.Count, loaded.Errors.Count);
        return jobs.Count;
    }
}
