using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery.Sending;

/// <summary>Everything a channel needs to deliver one stored brief to one subscriber.</summary>
public sealed record DeliveryContent(
    string DeliveryId,
    Subscription Subscription,
    string Subject,
    Month Period,
    string Title,
    ReadOnlyMemory<byte> Pdf,
    string Sha256,
    string InputHash,
    DateTimeOffset Stored,
    IReadOnlyList<KeyFigureFact> KeyFigures)
{
    /// <summary>The PDF's name: "{subject}-{yyyy-MM}.pdf", with the language before ".pdf" for a Russian or Chinese brief.</summary>
    public string FileName => Subscription.Language == "en" ? $"{Subject}-{Period}.pdf" : $"{Subject}-{Period}.{Subscription.Language}.pdf";
}
