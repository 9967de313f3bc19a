namespace TiesReports.Delivery.Receipts;

public enum ReceiptStatus
{
    /// <summary>A worker has claimed the delivery and is sending it.</summary>
    Sending,

    /// <summary>The last attempt failed transiently; the next attempt is on the queue.</summary>
    Retrying,

    /// <summary>The receiver accepted it. Final.</summary>
    Delivered,

    /// <summary>It failed for good (a refusal, or the last attempt). Final.</summary>
    Failed,

    /// <summary>A newer rendering of the brief replaced this one before it was sent; that one is delivered instead. Final.</summary>
    Superseded,
}
