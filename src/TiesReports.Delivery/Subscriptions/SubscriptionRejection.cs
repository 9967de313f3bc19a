namespace TiesReports.Delivery.Subscriptions;

public enum SubscriptionRejection
{
    /// <summary>The request is malformed: a missing field, a bad URL or address, a refused target (422).</summary>
    Invalid,

    /// <summary>No partnership or place has the subject's id (404).</summary>
    UnknownSubject,

    /// <summary>The same subject, channel and target are already subscribed (409, with the existing id).</summary>
    Duplicate,
}
