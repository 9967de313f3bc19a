using System.Buffers.Binary;

namespace TiesReports.Layout.Fonts;

/// <summary>An sfnt font's table directory: where each table (by tag) lies in the file.</summary>
internal static class TrueTypeTables
{
    /// <summary>The tables of a font this process shipped or cut itself.</summary>
    public static Dictionary<string, (int Offset, int Length)> Read(ReadOnlySpan<byte> font) =>
        TryRead(font, out var tables) ? tables : throw new InvalidDataException("The font's table directory is damaged.");

    /// <summary>The tables, or false when the directory is not an sfnt one or points outside the file.</summary>
    public static bool TryRead(ReadOnlySpan<byte> font, out Dictionary<string, (int Offset, int Length)> tables)
    {
        tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000u or 0x74727565u or 0x4F54544Fu))
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
            var record = font[(12 + i * 16)..];
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (long)length > font.Length)
            {
                return false;
            }

            tables[System.Text.Encoding.ASCII.GetString(record[..4])] = ((int)offset, (int)length);
        }

        return true;
    }

    /// <summary>Where the directory record of <paramref name="tag"/> starts (its checksum is 4 bytes in), or -1.</summary>
    public static int DirectoryRecordOf(ReadOnlySpan<byte> font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            if (System.Text.Encoding.ASCII.GetString(font.Slice(12 + i * 16, 4)) == tag)
            {
                return 12 + i * 16;
            }
        }

        return -1;
    }

    public static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t) ? font.Slice(t.Offset, t.Length) : throw new InvalidDataException($"The font has no '{tag}' table.");

    /// <summary>The OpenType checksum: the sum of the data as big-endian 32-bit words, the last one zero-padded.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return sum;
    }
}
