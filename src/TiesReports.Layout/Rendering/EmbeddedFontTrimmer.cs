using System.Buffers.Binary;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// PDFsharp's subset of a TrueType font keeps the glyph ids of the whole face, so its <c>hmtx</c> table still holds
/// the metrics of every glyph the document never draws: about 8 KB compressed per Chinese face, a fifth of a brief.
/// This zeroes the metrics of glyphs whose outline was dropped, which leaves the program's size and glyph ids as they
/// are (the PDF's <c>/W</c> array, not <c>hmtx</c>, gives readers the advances) and lets the stream compress to nothing.
/// </summary>
internal static class EmbeddedFontTrimmer
{
    private static readonly byte[] FontFileMarker = "/Length1 "u8.ToArray();

    /// <summary>True when a stream dictionary belongs to an embedded TrueType program (<c>/FontFile2</c>).</summary>
    public static bool IsTrueTypeProgram(ReadOnlySpan<byte> dictionary) => dictionary.IndexOf(FontFileMarker) >= 0;

    /// <summary>The trimmed program, or null when <paramref name="font"/> is not one this can read or nothing changed.</summary>
    public static byte[]? Trim(ReadOnlySpan<byte> font)
    {
        if (!TryFindTables(font, out var tables))
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
            if (glyph == 0 || next != start)
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
    private static void UpdateChecksums(byte[] font, TableEntry hmtx, TableEntry head)
    {
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(hmtx.DirectoryEntry + 4), Checksum(font.AsSpan(hmtx.Offset, hmtx.Length)));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head.Offset + 8), 0);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head.Offset + 8), unchecked(0xB1B0AFBAu - Checksum(font)));
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }

        return sum;
    }

    private static bool TryFindTables(ReadOnlySpan<byte> font, out Dictionary<string, TableEntry> tables)
    {
        tables = [];
        if (font.Length < 12)
        {
            return false;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000u or 0x74727565u))
        {
            return false;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (12 + count * 16 > font.Length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var entry = 12 + i * 16;
            var tag = System.Text.Encoding.ASCII.GetString(font.Slice(entry, 4));
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 8)..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 12)..]);
            if (offset + (long)length > font.Length)
            {
                return false;
            }

            tables[tag] = new TableEntry(entry, (int)offset, (int)length);
        }

        return true;
    }

    private readonly record struct TableEntry(int DirectoryEntry, int Offset, int Length);
}
