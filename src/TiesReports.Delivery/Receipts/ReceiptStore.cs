using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery.Receipts;

/// <summary>
/// One receipt per delivery id (subscription, brief, input hash) in Azure Table Storage. The receipt is
/// created with create-if-absent before anything is sent, so of two workers holding the same delivery only
/// one sends; the other sees the claim or the final status. A claim older than the claim timeout belongs
/// to a worker that died and is taken over: that resend carries the same webhook-id / Message-ID.
/// </summary>
public sealed class ReceiptStore(TableServiceClient tables, IOptions<DeliveryOptions> options, TimeProvider clock)
{
    private readonly TableClient _table = tables.GetTableClient(options.Value.ReceiptsTable);
    private readonly TimeSpan _claimTimeout = TimeSpan.FromSeconds(options.Value.ClaimTimeoutSeconds);
    private volatile bool _created;

    public async Task<ReceiptClaim> ClaimAsync(string subscriptionId, string deliveryId, string brief, string inputHash, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var receipt = new TableEntity(subscriptionId, deliveryId)
        {
            ["Status"] = nameof(ReceiptStatus.Sending),
            ["Brief"] = brief,
            ["InputHash"] = inputHash,
            ["ClaimedAt"] = now,
            ["Attempts"] = 1,
        };
        try
        {
            var added = await SubscriptionStore.Guard(() => _table.AddEntityAsync(receipt, cancellationToken));
            return new ReceiptClaim(true, added.Headers.ETag?.ToString(), null, 1);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Someone holds this delivery already: look at how far it got.
        }

        var existing = (await SubscriptionStore.Guard(() => _table.GetEntityAsync<TableEntity>(subscriptionId, deliveryId, cancellationToken: cancellationToken))).Value;
        var status = Enum.Parse<ReceiptStatus>(existing.GetString("Status"));
        var attempts = existing.GetInt32("Attempts") ?? 1;
        if (status is ReceiptStatus.Delivered or ReceiptStatus.Failed or ReceiptStatus.Superseded)
        {
            return new ReceiptClaim(false, null, status, attempts);
        }

        var stale = now - (existing.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue) > _claimTimeout;
        if (status == ReceiptStatus.Sending && !stale)
        {
            return new ReceiptClaim(false, null, null, attempts);
        }

        existing["Status"] = nameof(ReceiptStatus.Sending);
        existing["ClaimedAt"] = now;
        existing["Attempts"] = attempts + 1;
        try
        {
            var updated = await SubscriptionStore.Guard(() => _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken));
            return new ReceiptClaim(true, updated.Headers.ETag?.ToString(), null, attempts + 1);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return new ReceiptClaim(false, null, null, attempts);
        }
    }

    /// <summary>Records how the claimed attempt ended. A success is recorded even if the claim was taken over meanwhile.</summary>
    public async Task CompleteAsync(string subscriptionId, string deliveryId, ReceiptClaim claim, ReceiptStatus status, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var patch = new TableEntity(subscriptionId, deliveryId)
        {
            ["Status"] = status.ToString(),
            ["CompletedAt"] = clock.GetUtcNow(),
            ["LastError"] = error,
        };
        var condition = status == ReceiptStatus.Delivered ? ETag.All : new ETag(claim.ETag!);
        try
        {
            await SubscriptionStore.Guard(() => _table.UpdateEntityAsync(patch, condition, TableUpdateMode.Merge, cancellationToken));
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another worker took the delivery over; its outcome stands.
        }
    }

    public async Task<ReceiptStatus?> GetStatusAsync(string subscriptionId, string deliveryId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var found = await SubscriptionStore.Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(subscriptionId, deliveryId, cancellationToken: cancellationToken));
        return found.HasValue ? Enum.Parse<ReceiptStatus>(found.Value!.GetString("Status")) : null;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await SubscriptionStore.Guard(async () => { await _table.CreateIfMissingAsync(cancellationToken); return true; });
            _created = true;
        }
    }
}
