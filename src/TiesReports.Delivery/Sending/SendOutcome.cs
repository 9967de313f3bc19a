namespace TiesReports.Delivery.Sending;

public enum SendOutcome
{
    Delivered,

    /// <summary>May succeed later: 5xx, 408, 429, timeouts, connection errors, SMTP 4xx.</summary>
    Transient,

    /// <summary>Will not succeed by trying again: other 4xx, redirects, refused targets, SMTP 5xx.</summary>
    Permanent,
}
