namespace TiesReports.Delivery.Subscriptions;

/// <summary>One page of subscriptions; <see cref="ContinuationToken"/> fetches the next, null on the last.</summary>
public sealed record SubscriptionPage(IReadOnlyList<Subscription> Items, string? ContinuationToken);
