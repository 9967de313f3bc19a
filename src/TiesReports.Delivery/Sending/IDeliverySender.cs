using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery.Sending;

/// <summary>One channel: sends a delivery and says how it went; never throws for a failed send.</summary>
public interface IDeliverySender
{
    DeliveryChannel Channel { get; }

    Task<SendResult> SendAsync(DeliveryContent content, CancellationToken cancellationToken);
}
