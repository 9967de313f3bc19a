using System.Buffers.Binary;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// PDFsharp's subset of a TrueType font keeps the glyph ids of the whole face, so its <c>hmtx</c> table still holds
/// the metrics of every glyph the document never draws: about 8 KB compressed per Chinese face, a fifth of a brief.
/// This zeroes the metrics of glyphs that the font's <c>/W</c> array does not list (the document never draws them)
/// and whose outline the subset dropped, which leaves the program's size and glyph ids as they are, keeps every drawn
/// glyph's width equal to its <c>/W</c> entry (as PDF/A asks), and lets the stream compress to nothing.
/// </summary>
internal static class EmbeddedFontTrimmer
{
    private static readonly byte[] FontFileMarker = "/FontFile2 "u8.ToArray();
    private static readonly byte[] DescriptorMarker = "/FontDescriptor "u8.ToArray();
    private static readonly byte[] WidthsMarker = "/W["u8.ToArray();

    /// <summary>
    /// The glyphs each embedded TrueType program draws, by the program's object number: read from the <c>/W</c> array
    /// of the CIDFont whose descriptor points at the program. <paramref name="objects"/> gives each object's bytes by
    /// object number (empty where the number is free).
    /// </summary>
    public static Dictionary<int, HashSet<int>> DrawnGlyphsByProgram(IReadOnlyList<ReadOnlyMemory<byte>> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var drawnByDescriptor = new Dictionary<int, HashSet<int>>();
        var programOfDescriptor = new Dictionary<int, int>();
        for (var number = 0; number < objects.Count; number++)
        {
            var body = objects[number].Span;
            var streamAt = body.IndexOf("stream\n"u8);
            var dictionary = streamAt < 0 ? body : body[..streamAt];
            if (ReferenceAfter(dictionary, FontFileMarker) is { } program)
            {
                programOfDescriptor[number] = program;
            }
            else if (ReferenceAfter(dictionary, DescriptorMarker) is { } descriptor && dictionary.IndexOf(WidthsMarker) is var w and >= 0 &&
                ReadWidthGlyphs(dictionary[(w + WidthsMarker.Length)..]) is { } glyphs)
            {
                drawnByDescriptor[descriptor] = glyphs;
            }
        }

        var result = new Dictionary<int, HashSet<int>>();
        foreach (var (descriptor, program) in programOfDescriptor)
        {
            if (drawnByDescriptor.TryGetValue(descriptor, out var glyphs))
            {
                result[program] = glyphs;
            }
        }

        return result;
    }

    /// <summary>The trimmed program, or null when <paramref name="font"/> is not one this can read or nothing changed.</summary>
    public static byte[]? Trim(ReadOnlySpan<byte> font, IReadOnlySet<int> drawn)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        if (!TrueTypeTables.TryRead(font, out var tables))
        {
            return null;
        }

        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp) ||
            !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("loca", out var loca) ||
            !tables.TryGetValue("hmtx", out var hmtx) || head.Length < 54 || maxp.Length < 6 || hhea.Length < 36)
        {
            return null;
        }

        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(maxp.Offset + 4));
        var numberOfHMetrics = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(hhea.Offset + 34));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.Slice(head.Offset + 50)) == 1;
        var locaEntry = longLoca ? 4 : 2;
        if (numberOfHMetrics == 0 || numberOfHMetrics > numGlyphs ||
            loca.Length < (numGlyphs + 1) * locaEntry ||
            hmtx.Length < numberOfHMetrics * 4 + (numGlyphs - numberOfHMetrics) * 2)
        {
            return null;
        }

        var trimmed = font.ToArray();
        var changed = false;
        var next = ReadLoca(font, loca.Offset, 0, longLoca);

        // Glyph 0 (.notdef) keeps its metrics: it is what a reader draws for a missing glyph.
        for (var glyph = 0; glyph < numGlyphs; glyph++)
        {
            var start = next;
            next = ReadLoca(font, loca.Offset, glyph + 1, longLoca);
            if (glyph == 0 || next != start || drawn.Contains(glyph))
            {
                continue;
            }

            var at = glyph < numberOfHMetrics ? hmtx.Offset + glyph * 4 : hmtx.Offset + numberOfHMetrics * 4 + (glyph - numberOfHMetrics) * 2;
            var width = glyph < numberOfHMetrics ? 4 : 2;
            var entry = trimmed.AsSpan(at, width);
            if (entry.ContainsAnyExcept((byte)0))
            {
                entry.Clear();
                changed = true;
            }
        }

        if (!changed)
        {
            return null;
        }

        UpdateChecksums(trimmed, hmtx, head);
        return trimmed;
    }

    private static long ReadLoca(ReadOnlySpan<byte> font, int offset, int index, bool longLoca) => longLoca
        ? BinaryPrimitives.ReadUInt32BigEndian(font.Slice(offset + index * 4))
        : BinaryPrimitives.ReadUInt16BigEndian(font.Slice(offset + index * 2)) * 2L;

    // The table's checksum and head.checkSumAdjustment, as the OpenType spec defines them, so font validators stay quiet.
    private static void UpdateChecksums(byte[] font, (int Offset, int Length) hmtx, (int Offset, int Length) head)
    {
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(TrueTypeTables.DirectoryRecordOf(font, "hmtx") + 4), TrueTypeTables.Checksum(font.AsSpan(hmtx.Offset, hmtx.Length)));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head.Offset + 8), 0);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head.Offset + 8), unchecked(0xB1B0AFBAu - TrueTypeTables.Checksum(font)));
    }

    private static int? ReferenceAfter(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        var at = dictionary.IndexOf(key);
        return at >= 0 && System.Buffers.Text.Utf8Parser.TryParse(dictionary[(at + key.Length)..], out int number, out _) ? number : null;
    }

    // A CIDFont's widths: "c [w1 w2 …]" gives glyphs c, c+1, …; "c1 c2 w" gives glyphs c1 to c2. Null when unreadable.
    private static HashSet<int>? ReadWidthGlyphs(ReadOnlySpan<byte> array)
    {
        var glyphs = new HashSet<int>();
        var numbers = new List<int>();
        var position = 0;
        while (position < array.Length)
        {
            var c = array[position];
            if (c == ']')
            {
                return numbers.Count == 0 ? glyphs : null;
            }

            if (c == '[')
            {
                if (numbers.Count != 1)
                {
                    return null;
                }

                var close = array[position..].IndexOf((byte)']');
                if (close < 0)
                {
                    return null;
                }

                var count = CountNumbers(array.Slice(position + 1, close - 1));
                for (var i = 0; i < count; i++)
                {
                    glyphs.Add(numbers[0] + i);
                }

                numbers.Clear();
                position += close + 1;
                continue;
            }

            if (c is (byte)' ' or (byte)'\n' or (byte)'\r')
            {
                position++;
                continue;
            }

            if (!System.Buffers.Text.Utf8Parser.TryParse(array[position..], out double value, out var consumed))
            {
                return null;
            }

            numbers.Add((int)value);
            position += consumed;
            if (numbers.Count == 3)
            {
                for (var g = numbers[0]; g <= numbers[1]; g++)
                {
                    glyphs.Add(g);
                }

                numbers.Clear();
            }
        }

        return null;
    }

    private static int CountNumbers(ReadOnlySpan<byte> list)
    {
        var count = 0;
        var inNumber = false;
        foreach (var c in list)
        {
            var digit = c is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-';
            count += digit && !inNumber ? 1 : 0;
            inNumber = digit;
        }

        return count;
    }
}
