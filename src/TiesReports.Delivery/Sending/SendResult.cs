namespace TiesReports.Delivery.Sending;

/// <summary>How one attempt went; <see cref="RetryAfter"/> is the receiver's own wish (429/503 Retry-After).</summary>
public sealed record SendResult(SendOutcome Outcome, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static SendResult Delivered { get; } = new(SendOutcome.Delivered);

    public static SendResult Transient(string reason, TimeSpan? retryAfter = null) => new(SendOutcome.Transient, reason, retryAfter);

    public static SendResult Permanent(string reason) => new(SendOutcome.Permanent, reason);
}
