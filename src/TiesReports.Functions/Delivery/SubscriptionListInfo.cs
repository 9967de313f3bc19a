namespace TiesReports.Functions.Delivery;

/// <summary>A page of subscriptions; pass <see cref="Continuation"/> back as ?continuation= for the next.</summary>
public sealed record SubscriptionListInfo(IReadOnlyList<SubscriptionInfo> Items, string? Continuation);
