using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Delivery;
using TiesReports.Functions.Jobs;

namespace TiesReports.Functions.Delivery;

/// <summary>
/// Delivers one queued order. Transient failures come back on the queue as a new message after a growing
/// delay; refusals and the last attempt go to the poison queue with the reason (the subscription's status
/// shows it too). Unexpected errors (storage down) are left to the host's own retries and poison queue.
/// </summary>
public sealed class DeliveryProcessor(DeliveryService deliveries, IDeliveryQueue queue, IOptions<QueueHostOptions> options, ILogger<DeliveryProcessor> logger)
{
    [Function("Deliver")]
    public async Task Run([QueueTrigger("%DeliveriesQueue%")] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Body.ToString();
        var order = DeliveryOrder.TryParse(text, out var unreadable);
        if (order is null)
        {
            logger.LogError("Delivery message {MessageId} moved to the poison queue: {Reason}", message.MessageId, unreadable);
            await queue.SendToPoisonAsync(text, cancellationToken);
            return;
        }

        DeliveryResult result;
        try
        {
            result = await deliveries.DeliverAsync(order, cancellationToken);
        }
        catch (Exception ex) when (message.DequeueCount >= options.Value.MaxDequeueCount && ex is not OperationCanceledException)
        {
            logger.LogError("Delivery {DeliveryId} failed on its last host attempt ({Attempts}); the host moves it to the poison queue: {Reason}", order.DeliveryId, message.DequeueCount, ex.Message);
            throw;
        }

        switch (result.Kind)
        {
            case DeliveryResultKind.Retry or DeliveryResultKind.InProgress:
                await queue.EnqueueAsync([result.Next!], result.Delay, cancellationToken);
                break;
            case DeliveryResultKind.Failed:
                await queue.SendToPoisonAsync((order with { LastError = result.Reason }).ToJson(), cancellationToken);
                break;
            default:
                logger.LogInformation("Delivery {DeliveryId}: {Kind} {Reason}", order.DeliveryId, result.Kind, result.Reason);
                break;
        }
    }
}
