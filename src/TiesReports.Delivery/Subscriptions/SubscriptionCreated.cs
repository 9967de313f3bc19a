namespace TiesReports.Delivery.Subscriptions;

/// <summary>A new subscription and, for webhooks, its signing secret: the only time the secret is shown.</summary>
public sealed record SubscriptionCreated(Subscription Subscription, string? SigningSecret);
