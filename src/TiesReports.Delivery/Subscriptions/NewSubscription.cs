namespace TiesReports.Delivery.Subscriptions;

/// <summary>What a subscriber asks for: a subject, a channel, its target (URL or address) and an optional name.</summary>
public sealed record NewSubscription(string? Subject, string? Channel, string? Target, string? DisplayName);
