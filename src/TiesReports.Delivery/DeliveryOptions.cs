namespace TiesReports.Delivery;

/// <summary>Settings of delivery, bound from the "Delivery" configuration section.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    public string SubscriptionsTable { get; set; } = "subscriptions";

    public string ReceiptsTable { get; set; } = "deliveryreceipts";

    /// <summary>Lets webhooks reach loopback and private addresses, and plain http. Local runs and tests only.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>A subscription is paused after this many consecutive months whose delivery failed.</summary>
    public int PauseAfterFailedMonths { get; set; } = 3;

    /// <summary>The app's public address; links in webhooks, e-mails and feeds start with it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Key of the HMAC that signs one-click unsubscribe links (RFC 8058).</summary>
    public string? UnsubscribeSigningKey { get; set; }

    /// <summary>Attempts per delivery, the first included, before it goes to the poison queue.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; each further retry waits four times longer (capped at an hour).</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>PDFs up to this size are attached to e-mails; larger ones are linked.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long a webhook receiver may take to answer.</summary>
    public double WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>How much of a receiver's answer is read (for the error message); the rest is dropped.</summary>
    public int MaxResponseBytes { get; set; } = 4096;

    /// <summary>A delivery claimed by a worker that has not finished after this long is taken over (the worker died).</summary>
    public double ClaimTimeoutSeconds { get; set; } = 120;
}
