namespace TiesReports.Functions.Delivery;

/// <summary>The answer to POST /api/subscriptions: the subscription and, once only, the webhook signing secret.</summary>
public sealed record SubscriptionCreatedInfo(SubscriptionInfo Subscription, string? SigningSecret);
