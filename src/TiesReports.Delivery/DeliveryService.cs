using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Delivery.Receipts;
using TiesReports.Delivery.Sending;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery;

/// <summary>
/// Delivers one stored brief to one subscriber, once. The receipt is claimed (create-if-absent) before
/// sending and completed before the order is acknowledged, so repeats of the order send nothing. If a
/// worker dies between sending and completing the receipt, the order is sent again after the claim
/// expires, with the same delivery id: at-least-once, with a stable id for receivers to de-duplicate.
/// </summary>
public sealed class DeliveryService(
    SubscriptionStore subscriptions,
    ReceiptStore receipts,
    BriefService briefs,
    IEnumerable<IDeliverySender> senders,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryService> logger)
{
    private readonly Dictionary<DeliveryChannel, IDeliverySender> _senders = senders.ToDictionary(s => s.Channel);

    public async Task<DeliveryResult> DeliverAsync(DeliveryOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!Month.TryParse(order.Period, out var period, out var badPeriod))
        {
            return new DeliveryResult(DeliveryResultKind.Failed, "The order's period is invalid: " + badPeriod);
        }

        var subscription = await subscriptions.FindAsync(order.SubscriptionId, cancellationToken);
        if (subscription is null || subscription.Subject != order.Subject)
        {
            return new DeliveryResult(DeliveryResultKind.Skipped, "The subscription no longer exists.");
        }

        if (subscription.Paused)
        {
            return new DeliveryResult(DeliveryResultKind.Skipped, "The subscription is paused.");
        }

        var language = Language.FromTag(order.Language) ?? Language.English;
        var name = BriefNames.For(order.Subject, period, language);
        var claim = await receipts.ClaimAsync(subscription.Id, order.DeliveryId, name, order.InputHash, cancellationToken);
        if (claim.FinalStatus is { } final)
        {
            logger.LogInformation("Delivery {DeliveryId} of {Brief} to {Subscription} was already {Status}; nothing sent", order.DeliveryId, name, subscription.Id, final);
            return new DeliveryResult(DeliveryResultKind.AlreadyDone, $"Already {final.ToString().ToLowerInvariant()}.");
        }

        if (claim.InProgressElsewhere)
        {
            return new DeliveryResult(DeliveryResultKind.InProgress, "Another worker is sending this delivery.", order, TimeSpan.FromSeconds(options.Value.ClaimTimeoutSeconds));
        }

        var stored = await briefs.Store.ReadAsync(StoreArea.Briefs, name, cancellationToken);
        if (stored is null)
        {
            await receipts.CompleteAsync(subscription.Id, order.DeliveryId, claim, ReceiptStatus.Failed, "The brief is no longer stored.", cancellationToken);
            return new DeliveryResult(DeliveryResultKind.Failed, $"The brief {name} is no longer stored.");
        }

        if (stored.Info.Metadata.GetValueOrDefault(BriefMetadata.InputHash) != order.InputHash)
        {
            await receipts.CompleteAsync(subscription.Id, order.DeliveryId, claim, ReceiptStatus.Superseded, null, cancellationToken);
            return new DeliveryResult(DeliveryResultKind.Skipped, "A newer rendering of the brief replaced this one; that one is delivered instead.");
        }

        var content = await ContentAsync(order, subscription, period, stored, cancellationToken);
        var sent = await _senders[subscription.Channel].SendAsync(content, cancellationToken);
        switch (sent.Outcome)
        {
            case SendOutcome.Delivered:
                await receipts.CompleteAsync(subscription.Id, order.DeliveryId, claim, ReceiptStatus.Delivered, null, cancellationToken);
                await RecordSuccessAsync(subscription.Id, order.DeliveryId, cancellationToken);
                logger.LogInformation("Delivered {Brief} to {Subscription} by {Channel} ({DeliveryId}, attempt {Attempt})", name, subscription.Id, subscription.Channel, order.DeliveryId, order.Attempt);
                return new DeliveryResult(DeliveryResultKind.Delivered);

            case SendOutcome.Transient when order.Attempt < options.Value.MaxAttempts:
                await receipts.CompleteAsync(subscription.Id, order.DeliveryId, claim, ReceiptStatus.Retrying, sent.Reason, cancellationToken);
                await RecordErrorAsync(subscription.Id, sent.Reason!, cancellationToken);
                var delay = RetryPolicy.DelayAfter(order.Attempt, options.Value.RetryBaseSeconds, sent.RetryAfter);
                logger.LogWarning("Delivery {DeliveryId} to {Subscription} failed on attempt {Attempt}, retrying in {Delay}: {Reason}", order.DeliveryId, subscription.Id, order.Attempt, delay, sent.Reason);
                return new DeliveryResult(DeliveryResultKind.Retry, sent.Reason, order with { Attempt = order.Attempt + 1, LastError = sent.Reason }, delay);

            default:
                var reason = sent.Outcome == SendOutcome.Transient ? $"Gave up after {order.Attempt} attempts: {sent.Reason}" : sent.Reason!;
                await receipts.CompleteAsync(subscription.Id, order.DeliveryId, claim, ReceiptStatus.Failed, reason, cancellationToken);
                await RecordFailureAsync(subscription.Id, order.Period, reason, cancellationToken);
                logger.LogError("Delivery {DeliveryId} to {Subscription} failed for good: {Reason}", order.DeliveryId, subscription.Id, reason);
                return new DeliveryResult(DeliveryResultKind.Failed, reason);
        }
    }

    private async Task<DeliveryContent> ContentAsync(DeliveryOrder order, Subscription subscription, Month period, StoredObject stored, CancellationToken cancellationToken)
    {
        // The title and key figures come from the briefing, when the data still yields the very brief that
        // is stored (same input hash); otherwise the e-mail names the subject without figures.
        var title = order.Subject;
        IReadOnlyList<KeyFigureFact> figures = [];
        try
        {
            var briefing = await briefs.BuildAsync(new BriefRequest(order.Subject, period, Language: Language.FromTag(order.Language) ?? Language.English), cancellationToken);
            title = briefing.Title;
            if (BriefRenderer.InputHash(briefing) == order.InputHash)
            {
                figures = briefing.KeyFigures;
            }
        }
        catch (Exception ex) when (ex is BriefSubjectNotFoundException or DataInvalidException)
        {
            logger.LogInformation("Delivery {DeliveryId}: the data no longer holds {Subject}; sent without key figures", order.DeliveryId, order.Subject);
        }

        return new DeliveryContent(
            order.DeliveryId,
            subscription,
            order.Subject,
            period,
            title,
            stored.Content,
            Convert.ToHexStringLower(SHA256.HashData(stored.Content.Span)),
            order.InputHash,
            stored.Info.LastModified,
            figures);
    }

    private Task RecordSuccessAsync(string id, string deliveryId, CancellationToken cancellationToken) =>
        subscriptions.UpdateAsync(id, s => s with { LastDeliveredAt = clock.GetUtcNow(), LastDeliveryId = deliveryId, ConsecutiveFailures = 0, FailedMonths = 0, LastFailedPeriod = null }, cancellationToken);

    private Task RecordErrorAsync(string id, string reason, CancellationToken cancellationToken) =>
        subscriptions.UpdateAsync(id, s => s with { LastError = reason, LastErrorAt = clock.GetUtcNow() }, cancellationToken);

    private Task RecordFailureAsync(string id, string period, string reason, CancellationToken cancellationToken) =>
        subscriptions.UpdateAsync(
            id,
            s =>
            {
                var months = s.LastFailedPeriod == period ? s.FailedMonths : s.FailedMonths + 1;
                return s with
                {
                    LastError = reason,
                    LastErrorAt = clock.GetUtcNow(),
                    ConsecutiveFailures = s.ConsecutiveFailures + 1,
                    FailedMonths = months,
                    LastFailedPeriod = period,
                    Paused = s.Paused || months >= options.Value.PauseAfterFailedMonths,
                };
            },
            cancellationToken);
}
