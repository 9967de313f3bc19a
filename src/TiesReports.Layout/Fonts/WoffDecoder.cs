using System.Buffers.Binary;
using System.IO.Compression;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// Turns a WOFF 1 file (the @fontsource packages ship WOFF, not TrueType) back into the sfnt it wraps: each
/// table is stored as is or zlib-compressed. Hand-written because it is 50 lines and no served package does
/// only this; WOFF 2 (Brotli plus glyph transforms) is not needed while WOFF 1 files are shipped.
/// </summary>
internal static class WoffDecoder
{
    private const uint WoffSignature = 0x774F4646; // 'wOFF'

    public static bool IsWoff(ReadOnlySpan<byte> file) => file.Length >= 44 && BinaryPrimitives.ReadUInt32BigEndian(file) == WoffSignature;

    public static byte[] Decode(ReadOnlySpan<byte> woff)
    {
        if (!IsWoff(woff))
        {
            throw new InvalidDataException("Not a WOFF 1 font.");
        }

        var flavor = BinaryPrimitives.ReadUInt32BigEndian(woff[4..]);
        var count = BinaryPrimitives.ReadUInt16BigEndian(woff[12..]);
        var tables = new List<(uint Tag, uint Checksum, byte[] Data)>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = woff[(44 + i * 20)..];
            var tag = BinaryPrimitives.ReadUInt32BigEndian(entry);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            var checksum = BinaryPrimitives.ReadUInt32BigEndian(entry[16..]);
            var stored = woff.Slice(offset, compressedLength);
            byte[] data;
            if (compressedLength == length)
            {
                data = stored.ToArray();
            }
            else
            {
                data = new byte[length];
                using var zlib = new ZLibStream(new MemoryStream(stored.ToArray()), CompressionMode.Decompress);
                zlib.ReadExactly(data);
            }

            tables.Add((tag, checksum, data));
        }

        // sfnt: offset table, table records sorted by tag, then the tables, each padded to 4 bytes.
        tables.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        var headerLength = 12 + count * 16;
        var total = headerLength + tables.Sum(t => (t.Data.Length + 3) & ~3);
        var sfnt = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(sfnt, flavor);
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(4), count);
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(10), (ushort)((count - power) * 16));
        var at = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var record = sfnt.AsSpan(12 + i * 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tables[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], tables[i].Checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[i].Data.Length);
            tables[i].Data.CopyTo(sfnt, at);
            at += (tables[i].Data.Length + 3) & ~3;
        }

        return sfnt;
    }
}
