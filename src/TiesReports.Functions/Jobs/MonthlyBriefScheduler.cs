using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Functions.Jobs;

/// <summary>
/// The monthly run: one job per partnership on the queue. Firing twice only enqueues duplicates, which the
/// job processor resolves to the one brief already stored (create-if-absent).
/// </summary>
public sealed class MonthlyBriefScheduler(BriefService briefs, IBriefJobQueue queue, SubscriptionStore subscriptions, ILogger<MonthlyBriefScheduler> logger)
{
    public async Task<int> ScheduleAsync(Month month, CancellationToken cancellationToken)
    {
        var loaded = await briefs.LoadAsync(cancellationToken);
        var subjects = loaded.Dataset.Partnerships.Select(p => p.Id).ToList();

        // Places have briefs too, rendered monthly when someone subscribed to one.
        try
        {
            subjects.AddRange((await subscriptions.ListSubjectsAsync(cancellationToken)).Where(s => loaded.Dataset.FindPlace(s) is not null));
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("Monthly run for {Month}: subscriptions unreadable, place briefs skipped: {Reason}", month, ex.Message);
        }

        var jobs = subjects.Distinct(StringComparer.Ordinal).Select(id => new BriefJob(id, month.ToString())).ToList();
        await queue.EnqueueAsync(jobs, cancellationToken);
        logger.LogInformation("Monthly run for {Month}: {Count} brief job(s) enqueued; {Errors} data error(s) skipped", month, jobs.Count, loaded.Errors.Count);
        return jobs.Count;
    }
}
