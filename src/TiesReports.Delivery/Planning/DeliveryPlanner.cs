using TiesReports.Briefs.Services;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Delivery.Receipts;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery.Planning;

/// <summary>Who gets what: the orders for a stored brief, and the whole plan for a month (for dry runs).</summary>
public sealed class DeliveryPlanner(SubscriptionStore subscriptions, ReceiptStore receipts, BriefService briefs)
{
    /// <summary>One order per active subscription of the brief's subject that reads the brief's language.</summary>
    public async Task<IReadOnlyList<DeliveryOrder>> OrdersForAsync(string subject, Month period, string inputHash, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var all = await subscriptions.ListForSubjectAsync(subject, cancellationToken);
        return all.Where(s => !s.Paused && s.Language == language.Tag).Select(s => new DeliveryOrder(s.Id, subject, period.ToString(), inputHash, Language: language.Tag)).ToList();
    }

    /// <summary>Every subscription with the brief it would get for the month, and how far its delivery got.</summary>
    public async Task<IReadOnlyList<PlannedDelivery>> PlanAsync(Month period, CancellationToken cancellationToken)
    {
        var plan = new List<PlannedDelivery>();
        foreach (var subject in await subscriptions.ListSubjectsAsync(cancellationToken))
        {
            foreach (var subscription in await subscriptions.ListForSubjectAsync(subject, cancellationToken))
            {
                var language = Language.FromTag(subscription.Language) ?? Language.English;
                var info = await briefs.Store.GetInfoAsync(StoreArea.Briefs, BriefNames.For(subject, period, language), cancellationToken);
                var hash = info?.Metadata.GetValueOrDefault(BriefMetadata.InputHash);
                var order = hash is null ? null : new DeliveryOrder(subscription.Id, subject, period.ToString(), hash, Language: language.Tag);
                ReceiptStatus? receipt = order is null ? null : await receipts.GetStatusAsync(subscription.Id, order.DeliveryId, cancellationToken);
                plan.Add(new PlannedDelivery(subscription, period.ToString(), order, receipt));
            }
        }

        return plan;
    }
}
