using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TiesReports.Delivery;

/// <summary>
/// One delivery to make: a stored brief (subject, period, input hash) to one subscription. The queue
/// message. <see cref="Attempt"/> counts from 1; <see cref="LastError"/> says why it is on its way again;
/// <see cref="Language"/> is the brief's language (orders queued before languages existed are English).
/// </summary>
public sealed record DeliveryOrder(string SubscriptionId, string Subject, string Period, string InputHash, int Attempt = 1, string? LastError = null, string Language = "en")
{
    /// <summary>Names the delivery, the same on every attempt: webhook-id, CloudEvents id, the e-mail's Message-ID.</summary>
    public string DeliveryId => IdFor(SubscriptionId, Subject, Period, InputHash);

    public static string IdFor(string subscriptionId, string subject, string period, string inputHash)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{subscriptionId}\n{subject}/{period}\n{inputHash}"));
        return "dlv_" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public string ToJson() => JsonSerializer.Serialize(this, DeliveryJsonContext.Default.DeliveryOrder);

    /// <summary>Reads a queue message; null with the reason when it is not a delivery order.</summary>
    public static DeliveryOrder? TryParse(string text, out string? reason)
    {
        try
        {
            var order = JsonSerializer.Deserialize(text, DeliveryJsonContext.Default.DeliveryOrder);
            reason = order is null || string.IsNullOrEmpty(order.SubscriptionId) || string.IsNullOrEmpty(order.Subject) || string.IsNullOrEmpty(order.Period) || string.IsNullOrEmpty(order.InputHash)
                ? "message lacks subscriptionId, subject, period or inputHash"
                : null;
            return reason is null ? order : null;
        }
        catch (JsonException ex)
        {
            reason = "message is not a delivery order: " + ex.Message;
            return null;
        }
    }
}
