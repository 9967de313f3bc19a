namespace TiesReports.Delivery.Subscriptions;

/// <summary>
/// Who wants which subject's monthly brief, by which channel, and how delivery to them has gone.
/// <see cref="SigningSecret"/> signs webhooks; it is shown once, at creation, and never logged.
/// </summary>
public sealed record Subscription(
    string Id,
    string Subject,
    DeliveryChannel Channel,
    string Target,
    string? DisplayName,
    DateTimeOffset Created,
    string? SigningSecret)
{
    public DateTimeOffset? LastDeliveredAt { get; init; }

    public string? LastDeliveryId { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Failed deliveries in a row (any attempt that gave up), reset by a success.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Distinct months in a row whose delivery failed; at the limit the subscription is paused.</summary>
    public int FailedMonths { get; init; }

    public string? LastFailedPeriod { get; init; }

    public bool Paused { get; init; }

    /// <summary>The brief language this subscriber reads ("en", "ru", "zh-Hans"); the monthly run renders it.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The table row's version, for conditional updates.</summary>
    public string? ETag { get; init; }
}
