using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Functions.Delivery;

/// <summary>A subscription as the API shows it: never its signing secret.</summary>
public sealed record SubscriptionInfo(string Id, string Subject, string Channel, string Target, string? DisplayName, DateTimeOffset Created, SubscriptionStatusInfo Status, string Location, string Language = "en")
{
    public static SubscriptionInfo From(Subscription s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Id,
            s.Subject,
            s.Channel.ToString().ToLowerInvariant(),
            s.Target,
            s.DisplayName,
            s.Created,
            new SubscriptionStatusInfo(s.LastDeliveredAt, s.LastDeliveryId, s.LastError, s.LastErrorAt, s.ConsecutiveFailures, s.FailedMonths, s.Paused),
            $"/api/subscriptions/{s.Id}",
            s.Language);
    }
}
