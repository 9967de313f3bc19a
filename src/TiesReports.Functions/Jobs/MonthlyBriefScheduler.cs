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
        var otherLanguages = new List<(string Subject, string Language)>();

        // Places have briefs too, rendered monthly when someone subscribed to one; and every language a
        // subscriber reads is rendered (English always, for the API and the feeds).
        try
        {
            foreach (var subject in await subscriptions.ListSubjectsAsync(cancellationToken))
            {
                if (loaded.Dataset.FindPlace(subject) is not null)
                {
                    subjects.Add(subject);
                }

                var languages = (await subscriptions.ListForSubjectAsync(subject, cancellationToken)).Select(s => s.Language).Where(l => l != "en").Distinct(StringComparer.Ordinal);
                otherLanguages.AddRange(languages.Select(l => (subject, l)));
            }
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("Monthly run for {Month}: subscriptions unreadable, place briefs and other languages skipped: {Reason}", month, ex.Message);
        }

        var jobs = subjects.Distinct(StringComparer.Ordinal).Select(id => new BriefJob(id, month.ToString()))
            .Concat(otherLanguages.Select(x => new BriefJob(x.Subject, month.ToString(), Language: x.Language)))
            .ToList();
        await queue.EnqueueAsync(jobs, cancellationToken);
        logger.LogInformation("Monthly run for {Month}: {Count} brief job(s) enqueued; {Errors} data error(s) skipped", month, jobs.Count, loaded.Errors.Count);
        return jobs.Count;
    }
}
