using System.Buffers.Text;
using System.Text;

namespace TiesReports.Core.Storage;

/// <summary>
/// The continuation tokens both stores hand out: the listing's prefix and the store's position (a folder's last
/// name, a blob marker), base64url-encoded. A token minted for another prefix, or not minted at all, is refused
/// before storage sees it (Azurite would take any marker as a name to start after).
/// </summary>
internal static class ContinuationTokens
{
    private const char Separator = '\n';

    public static string Create(string? prefix, string position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes((prefix ?? "") + Separator + position));

    public static string Read(string token, string? prefix)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException ex)
        {
            throw new InvalidContinuationTokenException("The continuation token is not one this listing handed out.", ex);
        }

        var separator = text.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0 || text.Length == separator + 1 || !text.AsSpan(0, separator).SequenceEqual(prefix ?? ""))
        {
            throw new InvalidContinuationTokenException("The continuation token is not one this listing handed out (or it belongs to another filter).");
        }

        return text[(separator + 1)..];
    }
}
