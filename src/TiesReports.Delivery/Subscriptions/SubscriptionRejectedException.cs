namespace TiesReports.Delivery.Subscriptions;

/// <summary>A subscription request that cannot be accepted, with the reason for the subscriber.</summary>
public sealed class SubscriptionRejectedException : Exception
{
    public SubscriptionRejectedException()
    {
    }

    public SubscriptionRejectedException(string message)
        : base(message)
    {
    }

    public SubscriptionRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SubscriptionRejectedException(SubscriptionRejection rejection, string message, string? existingId = null)
        : base(message)
    {
        Rejection = rejection;
        ExistingId = existingId;
    }

    public SubscriptionRejection Rejection { get; }

    /// <summary>For duplicates: the id of the subscription that already exists.</summary>
    public string? ExistingId { get; }
}
