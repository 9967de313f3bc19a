using TiesReports.Delivery;

namespace TiesReports.Functions.Delivery;

/// <summary>The deliveries queue: one message per (subscription, stored brief); retries come back on it with a delay.</summary>
public interface IDeliveryQueue
{
    Task EnqueueAsync(IReadOnlyCollection<DeliveryOrder> orders, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Parks an order that failed for good (or can never be read), with the reason, on "{queue}-poison".</summary>
    Task SendToPoisonAsync(string message, CancellationToken cancellationToken);
}
