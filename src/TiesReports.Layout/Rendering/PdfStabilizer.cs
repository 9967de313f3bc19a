using System.IO.Hashing;
using System.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// A PDF carries values meant to be unique: font subset tags (written as AAAAAA), PDFsharp's trailer /ID and XMP uuids. This
/// replaces each, in place and at the same length, with a value derived from the rest of the file, so the
/// same content always gives the same bytes. It runs on the uncompressed file, where all of them are visible.
/// </summary>
internal static class PdfStabilizer
{
    private static readonly byte[] FontName = "/FontName/"u8.ToArray();
    private static readonly byte[] BaseFont = "/BaseFont/"u8.ToArray();
    private static readonly byte[] Uuid = "uuid:"u8.ToArray();
    private static readonly byte[] TrailerId = "/ID[<"u8.ToArray();
    private static readonly byte[] AnnotationName = "/NM("u8.ToArray();

    public static void StabilizeInPlace(Span<byte> pdf)
    {
        var tags = new List<(int At, string Face)>();
        foreach (var marker in new[] { FontName, BaseFont })
        {
            foreach (var at in Occurrences(pdf, marker))
            {
                var tag = at + marker.Length;
                if (tag + 7 <= pdf.Length && pdf.Slice(tag, 6).IndexOfAnyExceptInRange((byte)'A', (byte)'Z') < 0 && pdf[tag + 6] == '+')
                {
                    var end = tag + 7;
                    while (end < pdf.Length && !IsDelimiter(pdf[end]))
                    {
                        end++;
                    }

                    tags.Add((tag, Encoding.Latin1.GetString(pdf.Slice(tag + 7, end - tag - 7))));
                }
            }
        }

        // XMP uuids and the random names PDFsharp gives annotations (links) are both 36-character GUIDs.
        var uuids = new List<int>();
        foreach (var at in Occurrences(pdf, Uuid))
        {
            AddIf(uuids, at + Uuid.Length, IsUuid(pdf, at + Uuid.Length));
        }

        foreach (var at in Occurrences(pdf, AnnotationName))
        {
            AddIf(uuids, at + AnnotationName.Length, IsUuid(pdf, at + AnnotationName.Length));
        }

        uuids.Sort();
        var ids = new List<int>();
        foreach (var at in Occurrences(pdf, TrailerId))
        {
            AddIf(ids, at + TrailerId.Length, IsTrailerId(pdf, at + TrailerId.Length));
        }

        // The digest covers everything except the random parts themselves, which it reads as zeros ('0').
        var masked = new List<(int At, int Length)>(tags.Count + uuids.Count + ids.Count);
        masked.AddRange(tags.Select(t => (t.At, 6)));
        masked.AddRange(uuids.Select(at => (at, 36)));
        masked.AddRange(ids.Select(at => (at, 66)));
        masked.Sort();
        var digest = Digest(pdf, masked);
        foreach (var (at, face) in tags)
        {
            var bytes = Derive(digest, "tag:" + face);
            for (var i = 0; i < 6; i++)
            {
                pdf[at + i] = (byte)('A' + bytes[i] % 26);
            }
        }

        for (var n = 0; n < uuids.Count; n++)
        {
            Encoding.ASCII.GetBytes(new Guid(Derive(digest, "uuid:" + n)[..16]).ToString("D")).CopyTo(pdf[uuids[n]..]);
        }

        foreach (var at in ids)
        {
            // "<hex32><hex32" after "/ID[<": both halves get the digest.
            var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(digest, 0, 16));
            hex.CopyTo(pdf[at..]);
            hex.CopyTo(pdf[(at + 34)..]);
        }
    }

    private static void AddIf(List<int> list, int value, bool condition)
    {
        if (condition)
        {
            list.Add(value);
        }
    }

    /// <summary>
    /// XXH128 of <paramref name="pdf"/> with each masked range read as '0's, without copying the file. The values only
    /// need to be repeatable and distinct per content, not secret: SHA-256 cost a Chinese brief 0.12 ms, this 0.01.
    /// </summary>
    private static byte[] Digest(ReadOnlySpan<byte> pdf, List<(int At, int Length)> masked)
    {
        var hash = new XxHash128();
        Span<byte> zeros = stackalloc byte[66];
        zeros.Fill((byte)'0');
        var from = 0;
        foreach (var (at, length) in masked)
        {
            if (at < from)
            {
                continue;
            }

            hash.Append(pdf[from..at]);
            hash.Append(zeros[..length]);
            from = at + length;
        }

        hash.Append(pdf[from..]);
        return hash.GetCurrentHash();
    }

    private static List<int> Occurrences(ReadOnlySpan<byte> data, byte[] marker)
    {
        var found = new List<int>();
        var from = 0;
        while (true)
        {
            var at = data[from..].IndexOf(marker);
            if (at < 0)
            {
                return found;
            }

            found.Add(from + at);
            from += at + marker.Length;
        }
    }

    private static bool IsUuid(ReadOnlySpan<byte> pdf, int at) =>
        at + 36 <= pdf.Length && Guid.TryParseExact(Encoding.ASCII.GetString(pdf.Slice(at, 36)), "D", out _);

    private static bool IsTrailerId(ReadOnlySpan<byte> pdf, int at) =>
        at + 66 <= pdf.Length && IsHex(pdf.Slice(at, 32)) && pdf[at + 32] == '>' && pdf[at + 33] == '<' && IsHex(pdf.Slice(at + 34, 32));

    private static bool IsHex(ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (!Uri.IsHexDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDelimiter(byte b) => b is (byte)'/' or (byte)'>' or (byte)'<' or (byte)' ' or (byte)'[' or (byte)']' or (byte)'\n' or (byte)'\r' or (byte)'(';

    private static byte[] Derive(byte[] digest, string label) => XxHash128.Hash([.. digest, .. Encoding.UTF8.GetBytes(label)]);
}
