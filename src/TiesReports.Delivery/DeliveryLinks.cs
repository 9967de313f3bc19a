using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TiesReports.Core.Model;

namespace TiesReports.Delivery;

/// <summary>
/// The public links deliveries carry (a brief through the API, a subject's feed, one-click unsubscribe),
/// and the HMAC that signs unsubscribe links so only the recipient of a delivery can use one.
/// </summary>
public sealed class DeliveryLinks(IOptions<DeliveryOptions> options)
{
    private Uri Base => options.Value.PublicBaseUrl
        ?? throw new InvalidOperationException("Delivery:PublicBaseUrl is not set; deliveries need it for their links.");

    public Uri Brief(string subject, Month period, string language = "en") =>
        new(Base, language == "en" ? $"api/briefs/{Uri.EscapeDataString(subject)}?period={period}" : $"api/briefs/{Uri.EscapeDataString(subject)}?period={period}&lang={Uri.EscapeDataString(language)}");

    /// <summary>A subject's feed of briefs in one language; the English feed keeps its link without a language.</summary>
    public Uri Feed(string subject, string language = "en") =>
        new(Base, language == "en" ? $"api/feeds/{Uri.EscapeDataString(subject)}" : $"api/feeds/{Uri.EscapeDataString(subject)}?lang={Uri.EscapeDataString(language)}");

    public Uri Unsubscribe(string subscriptionId) =>
        new(Base, $"api/subscriptions/{Uri.EscapeDataString(subscriptionId)}/unsubscribe?token={UnsubscribeToken(subscriptionId)}");

    /// <summary>The host named in Message-IDs.</summary>
    public string Host => options.Value.PublicBaseUrl?.Host ?? "tiesreports.invalid";

    public string UnsubscribeToken(string subscriptionId)
    {
        var key = options.Value.UnsubscribeSigningKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException("Delivery:UnsubscribeSigningKey is not set; e-mails need it for their unsubscribe links.");
        }

        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes("unsubscribe:" + subscriptionId));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public bool IsValidUnsubscribeToken(string subscriptionId, string? token)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(options.Value.UnsubscribeSigningKey))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(UnsubscribeToken(subscriptionId)), Encoding.ASCII.GetBytes(token));
    }
}
