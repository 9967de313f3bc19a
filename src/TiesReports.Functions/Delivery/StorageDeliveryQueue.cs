using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using TiesReports.Delivery;
using TiesReports.Functions.Jobs;

namespace TiesReports.Functions.Delivery;

/// <summary>
/// Deliveries on an Azure Storage queue (app setting DeliveriesQueue, default "deliveries"). A retry is a
/// new message made invisible for the back-off, which is how the queue gives growing delays that survive restarts.
/// </summary>
public sealed class StorageDeliveryQueue(QueueServiceClient queues, IConfiguration configuration) : IDeliveryQueue
{
    public const string DefaultName = "deliveries";

    // Azure Storage keeps a message invisible for at most seven days.
    private static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7);

    public string Name { get; } = configuration["DeliveriesQueue"] is { Length: > 0 } name ? name : DefaultName;

    public async Task EnqueueAsync(IReadOnlyCollection<DeliveryOrder> orders, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        if (orders.Count == 0)
        {
            return;
        }

        var queue = await QueueAsync(Name, cancellationToken);
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay < MaxVisibilityDelay ? delay : MaxVisibilityDelay;
        await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (order, ct) =>
        {
            await StorageBriefJobQueue.Guard(() => queue.SendMessageAsync(order.ToJson(), visibility, cancellationToken: ct));
        });
    }

    public async Task SendToPoisonAsync(string message, CancellationToken cancellationToken)
    {
        var poison = await QueueAsync(Name + "-poison", cancellationToken);
        await StorageBriefJobQueue.Guard(() => poison.SendMessageAsync(message, cancellationToken));
    }

    private async Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(name);
        await StorageBriefJobQueue.Guard(() => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        return queue;
    }
}
