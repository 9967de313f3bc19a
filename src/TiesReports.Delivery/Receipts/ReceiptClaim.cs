namespace TiesReports.Delivery.Receipts;

/// <summary>
/// The answer to "may I send this delivery?": <see cref="Granted"/> with the receipt's version to complete
/// it with, or the final status it already has, or null status when another worker is sending it right now.
/// </summary>
public sealed record ReceiptClaim(bool Granted, string? ETag, ReceiptStatus? FinalStatus, int Attempts)
{
    public bool InProgressElsewhere => !Granted && FinalStatus is null;
}
