namespace TiesReports.Delivery.Subscriptions;

public enum DeliveryChannel
{
    /// <summary>A signed CloudEvents POST to an https URL.</summary>
    Webhook,

    /// <summary>An e-mail with the PDF attached.</summary>
    Email,
}
