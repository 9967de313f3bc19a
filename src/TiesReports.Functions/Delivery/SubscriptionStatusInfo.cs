namespace TiesReports.Functions.Delivery;

/// <summary>How delivery to a subscriber has gone.</summary>
public sealed record SubscriptionStatusInfo(DateTimeOffset? LastDeliveredAt, string? LastDeliveryId, string? LastError, DateTimeOffset? LastErrorAt, int ConsecutiveFailures, int FailedMonths, bool Paused);
