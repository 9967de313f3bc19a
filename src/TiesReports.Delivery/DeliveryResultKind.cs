namespace TiesReports.Delivery;

public enum DeliveryResultKind
{
    /// <summary>Sent now and acknowledged by the receiver.</summary>
    Delivered,

    /// <summary>This delivery was already completed (delivered, failed for good or superseded): nothing sent.</summary>
    AlreadyDone,

    /// <summary>Another worker is sending it right now; look again later.</summary>
    InProgress,

    /// <summary>A transient failure; <see cref="DeliveryResult.Next"/> is the next attempt, after <see cref="DeliveryResult.Delay"/>.</summary>
    Retry,

    /// <summary>Failed for good: a refusal, or the last attempt. Goes to the poison queue.</summary>
    Failed,

    /// <summary>Not sent, by design: the subscription is gone or paused, or a newer rendering replaced the brief.</summary>
    Skipped,
}
