using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// PDFsharp draws random values into every file: font subset tags, the trailer /ID and XMP uuids. This
/// replaces each with a value derived from the rest of the file, byte for byte the same length (so the
/// cross-reference offsets stay valid). Same content in, same bytes out.
/// </summary>
internal static partial class PdfStabilizer
{
    public static byte[] Stabilize(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = SubsetTag().Matches(text);
        var uuids = XmpUuid().Matches(text);
        var ids = TrailerId().Matches(text);

        // The digest covers everything except the random parts themselves.
        var masked = pdf.ToArray();
        foreach (var m in tags.Concat(uuids).Concat(ids).Select(m => m.Groups["v"]))
        {
            masked.AsSpan(m.Index, m.Length).Fill((byte)'0');
        }

        var digest = SHA256.HashData(masked);
        var output = pdf.ToArray();
        foreach (Match m in tags)
        {
            var face = m.Groups["face"].Value;
            Write(output, m.Groups["v"], Letters(Derive(digest, "tag:" + face), 6));
        }

        var n = 0;
        foreach (Match m in uuids)
        {
            var g = new Guid(Derive(digest, "uuid:" + n++)[..16]);
            Write(output, m.Groups["v"], g.ToString("D"));
        }

        foreach (Match m in ids)
        {
            // Both halves get the digest; whatever separates them stays as it was.
            var hex = Convert.ToHexString(digest[..16]);
            var k = 0;
            var value = string.Concat(m.Groups["v"].Value.Select(c => Uri.IsHexDigit(c) ? hex[k++ % hex.Length] : c));
            Write(output, m.Groups["v"], value);
        }

        return output;
    }

    private static byte[] Derive(byte[] digest, string label) => SHA256.HashData([.. digest, .. Encoding.UTF8.GetBytes(label)]);

    private static string Letters(byte[] bytes, int count) => string.Concat(bytes.Take(count).Select(b => (char)('A' + b % 26)));

    private static void Write(byte[] output, Group group, string value)
    {
        var bytes = Encoding.Latin1.GetBytes(value);
        if (bytes.Length != group.Length)
        {
            throw new InvalidOperationException("A stabilized value must keep its length.");
        }

        bytes.CopyTo(output, group.Index);
    }

    [GeneratedRegex(@"/(?:FontName|BaseFont)/(?<v>[A-Z]{6})\+(?<face>[A-Za-z0-9#\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", RegexOptions.CultureInvariant)]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<v>[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32})>\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerId();
}
