namespace TiesReports.Delivery.Subscriptions;

/// <summary>What a subscriber asks for: a subject, a channel, its target (URL or address), an optional name and the brief language (English when absent).</summary>
public sealed record NewSubscription(string? Subject, string? Channel, string? Target, string? DisplayName, string? Language = null);
