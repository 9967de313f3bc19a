using System.Globalization;
using System.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// PDFsharp 6.2 writes a character beyond the BMP into a ToUnicode map as its code point in hex
/// (&lt;20BB7&gt;), where the PDF format wants UTF-16 (&lt;D842DFB7&gt;); readers then extract a wrong
/// character. This rewrites such entries, so 𠮷 (CJK extension B) reads back as itself.
/// </summary>
internal static class ToUnicodeRepair
{
    private static readonly byte[] Marker = "/CMapName /Adobe-Identity-UCS"u8.ToArray();

    /// <summary>The repaired map, or null when <paramref name="stream"/> is not a ToUnicode map needing repair.</summary>
    public static byte[]? Repair(ReadOnlySpan<byte> stream)
    {
        if (stream.IndexOf(Marker) < 0)
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(stream);
        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            // A bfrange line: <src><src><dst>, where dst is a code point PDFsharp printed with X4.
            var line = lines[i];
            var last = line.LastIndexOf('<');
            if (last <= 0 || !line.EndsWith('>') || line.Count(c => c == '<') != 3)
            {
                continue;
            }

            var hex = line[(last + 1)..^1];
            if (hex.Length <= 4 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint) || codePoint > 0x10FFFF)
            {
                continue;
            }

            var utf16 = char.ConvertFromUtf32(codePoint);
            lines[i] = string.Create(CultureInfo.InvariantCulture, $"{line[..(last + 1)]}{(int)utf16[0]:X4}{(int)utf16[1]:X4}>");
            changed = true;
        }

        return changed ? Encoding.ASCII.GetBytes(string.Join('\n', lines)) : null;
    }
}
