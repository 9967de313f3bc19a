namespace TiesReports.Delivery;

/// <summary>What became of one delivery order.</summary>
public sealed record DeliveryResult(DeliveryResultKind Kind, string? Reason = null, DeliveryOrder? Next = null, TimeSpan Delay = default);
