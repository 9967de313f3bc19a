using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;

namespace TiesReports.Delivery.Subscriptions;

/// <summary>
/// Subscriptions in Azure Table Storage. The partition is the subject, so the monthly fan-out reads one
/// partition. Beside each subscription a marker row keyed by a hash of (channel, target) makes duplicates
/// impossible: both rows are inserted in one entity-group transaction, which fails whole when the marker exists.
/// </summary>
public sealed class SubscriptionStore(TableServiceClient tables, IOptions<DeliveryOptions> options)
{
    private const string KindProperty = "Kind";
    private const string SubscriptionKind = "subscription";
    private const string MarkerKind = "target";
    private const string MarkerPrefix = "target-";

    private readonly TableClient _table = tables.GetTableClient(options.Value.SubscriptionsTable);
    private volatile bool _created;

    public async Task CreateAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await EnsureTableAsync(cancellationToken);
        var marker = new TableEntity(subscription.Subject, MarkerRowKey(subscription.Channel, subscription.Target))
        {
            [KindProperty] = MarkerKind,
            ["SubscriptionId"] = subscription.Id,
        };
        try
        {
            await Guard(() => _table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, marker), new TableTransactionAction(TableTransactionActionType.Add, ToEntity(subscription))],
                cancellationToken));
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var existing = await Guard(() => _table.GetEntityIfExistsAsync<TableEntity>(marker.PartitionKey, marker.RowKey, cancellationToken: cancellationToken));
            var id = existing.HasValue ? existing.Value!.GetString("SubscriptionId") : null;
            throw new SubscriptionRejectedException(SubscriptionRejection.Duplicate, $"{subscription.Subject} is already delivered by {subscription.Channel.ToString().ToLowerInvariant()} to this target.", id);
        }
    }

    public async Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await EnsureTableAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {id} and Kind eq {SubscriptionKind}");
        return await Guard(async () =>
        {
            await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
            {
                return FromEntity(entity);
            }

            return null;
        });
    }

    /// <summary>A page of subscriptions, optionally of one subject, in (subject, id) order.</summary>
    public async Task<SubscriptionPage> ListAsync(string? subject, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var filter = subject is null
            ? TableClient.CreateQueryFilter($"Kind eq {SubscriptionKind}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {subject} and Kind eq {SubscriptionKind}");
        return await Guard(async () =>
        {
            await foreach (var page in _table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages(continuationToken, pageSize))
            {
                return new SubscriptionPage(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
            }

            return new SubscriptionPage([], null);
        });
    }

    /// <summary>Every subscription of a subject.</summary>
    public async Task<IReadOnlyList<Subscription>> ListForSubjectAsync(string subject, CancellationToken cancellationToken)
    {
        var all = new List<Subscription>();
        string? token = null;
        do
        {
            var page = await ListAsync(subject, 1000, token, cancellationToken);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>The subjects that have at least one subscription.</summary>
    public async Task<IReadOnlySet<string>> ListSubjectsAsync(CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Kind eq {SubscriptionKind}");
        return await Guard(async () =>
        {
            var subjects = new SortedSet<string>(StringComparer.Ordinal);
            await foreach (var entity in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
            {
                subjects.Add(entity.PartitionKey);
            }

            return (IReadOnlySet<string>)subjects;
        });
    }

    /// <summary>Removes a subscription and its marker; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(id, cancellationToken);
        if (subscription is null)
        {
            return false;
        }

        try
        {
            await Guard(() => _table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(subscription.Subject, subscription.Id), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(subscription.Subject, MarkerRowKey(subscription.Channel, subscription.Target)), ETag.All),
                ],
                cancellationToken));
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // Deleted by someone else meanwhile.
            return false;
        }

        return true;
    }

    /// <summary>Replaces the subscription if it is unchanged since it was read (its ETag); false if it changed or is gone.</summary>
    public async Task<bool> TryUpdateAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        try
        {
            await Guard(() => _table.UpdateEntityAsync(ToEntity(subscription), new ETag(subscription.ETag!), TableUpdateMode.Replace, cancellationToken));
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Reads, changes and writes back a subscription, again if another writer got there first.</summary>
    public async Task<Subscription?> UpdateAsync(string id, Func<Subscription, Subscription> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var current = await FindAsync(id, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var changed = change(current);
            if (await TryUpdateAsync(changed, cancellationToken))
            {
                return changed;
            }
        }

        throw new InvalidOperationException($"Subscription {id} kept changing under 8 attempts to update it.");
    }

    public async Task CheckAvailableAsync(CancellationToken cancellationToken) => await EnsureTableAsync(cancellationToken);

    internal static string MarkerRowKey(DeliveryChannel channel, string target)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}\n{target.ToLowerInvariant()}"));
        return MarkerPrefix + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await Guard(async () => { await _table.CreateIfMissingAsync(cancellationToken); return true; });
            _created = true;
        }
    }

    private static TableEntity ToEntity(Subscription s) => new(s.Subject, s.Id)
    {
        [KindProperty] = SubscriptionKind,
        ["Channel"] = s.Channel.ToString(),
        ["Target"] = s.Target,
        ["DisplayName"] = s.DisplayName,
        ["Created"] = s.Created,
        ["SigningSecret"] = s.SigningSecret,
        ["LastDeliveredAt"] = s.LastDeliveredAt,
        ["LastDeliveryId"] = s.LastDeliveryId,
        ["LastError"] = s.LastError,
        ["LastErrorAt"] = s.LastErrorAt,
        ["ConsecutiveFailures"] = s.ConsecutiveFailures,
        ["FailedMonths"] = s.FailedMonths,
        ["LastFailedPeriod"] = s.LastFailedPeriod,
        ["Paused"] = s.Paused,
        ["Language"] = s.Language,
    };

    private static Subscription FromEntity(TableEntity e) => new(
        e.RowKey,
        e.PartitionKey,
        Enum.Parse<DeliveryChannel>(e.GetString("Channel"), ignoreCase: true),
        e.GetString("Target"),
        e.GetString("DisplayName"),
        e.GetDateTimeOffset("Created") ?? DateTimeOffset.MinValue,
        e.GetString("SigningSecret"))
    {
        LastDeliveredAt = e.GetDateTimeOffset("LastDeliveredAt"),
        LastDeliveryId = e.GetString("LastDeliveryId"),
        LastError = e.GetString("LastError"),
        LastErrorAt = e.GetDateTimeOffset("LastErrorAt"),
        ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
        FailedMonths = e.GetInt32("FailedMonths") ?? 0,
        LastFailedPeriod = e.GetString("LastFailedPeriod"),
        Paused = e.GetBoolean("Paused") ?? false,
        // Rows written before subscriptions had a language are English subscriptions.
        Language = e.GetString("Language") ?? "en",
        ETag = e.ETag.ToString(),
    };

    internal static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is not TableTransactionFailedException && StorageFailures.IsUnavailable(ex))
        {
            throw StorageFailures.Unavailable("Table storage", ex);
        }
    }
}
