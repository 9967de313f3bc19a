using System.Text;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// Writes a CID-keyed CFF font of the glyphs a document draws, for embedding as a CIDFontType0C program: glyph
/// (and CID) <c>n</c> is the face's glyph <c>glyphs[n]</c>, flattened (no subroutines, no hints; see
/// <see cref="CharstringFlattener"/>), so a warm document only copies bytes. One Font DICT serves every glyph; its
/// Private DICT's default width is the subset's commonest advance, and a glyph with another advance states it, so
/// the program's widths agree with the PDF's /W. Offsets in the Top DICT are written as 5-byte integers, so every
/// size is known before the first byte is written.
/// </summary>
internal static class CffSubsetWriter
{
    // Custom strings follow the 391 standard ones: "Adobe" and "Identity" for the ROS.
    private const int AdobeSid = 391;
    private const int IdentitySid = 392;

    /// <summary>
    /// The subset of <paramref name="font"/> (the font <paramref name="cff"/> was read from) holding
    /// <paramref name="glyphs"/> in order; <paramref name="glyphs"/> starts with 0 (.notdef) and may repeat a glyph.
    /// <paramref name="advances"/> gives each glyph's advance in font units (from hmtx, as the PDF's /W).
    /// </summary>
    public static byte[] SubsetGlyphs(ReadOnlySpan<byte> font, CffFont cff, IReadOnlyList<ushort> glyphs, IReadOnlyList<int> advances, string name, int unitsPerEm)
    {
        // CffFont has checked that the FontMatrix, if any, is a plain scale; the subset writes none (the default 1/1000).
        if (unitsPerEm != 1000 || cff.FontMatrix is { } matrix && (matrix[0] != 0.001 || matrix[3] != 0.001))
        {
            var matrixText = cff.FontMatrix is { } m ? $" and FontMatrix [{CffDict.Text(m)}]" : string.Empty;
            throw new NotSupportedException($"The CFF font {name} has {unitsPerEm} units to the em{matrixText}; subsets are written for 1000 and the default matrix.");
        }

        var defaultWidth = Commonest(advances);
        var charstrings = new byte[glyphs.Count][];
        for (var i = 0; i < glyphs.Count; i++)
        {
            var flattened = cff.Flattened(font, glyphs[i] < cff.GlyphCount ? glyphs[i] : 0);
            charstrings[i] = advances[i] == defaultWidth ? flattened : [.. Operand(advances[i] - defaultWidth), .. flattened];
        }

        // defaultWidthX and nominalWidthX: a stated width counts from the default too.
        byte[] privateDict = [.. DictNumber(defaultWidth), 20, .. DictNumber(defaultWidth), 21];

        var count = glyphs.Count;
        byte[][] names = [Encoding.ASCII.GetBytes(name)];
        byte[][] strings = ["Adobe"u8.ToArray(), "Identity"u8.ToArray()];
        byte[] charset = count >= 2 ? [2, 0, 1, (byte)((count - 2) >> 8), (byte)(count - 2)] : [0];
        byte[] fdSelect = [3, 0, 1, 0, 0, 0, (byte)(count >> 8), (byte)count];

        // Top DICT: ROS, CIDCount, then charset, FDSelect, CharStrings and FDArray offsets; a Font DICT: Private.
        const int topDictLength = (2 + 2 + 1 + 2) + (5 + 2) + (5 + 1) + (5 + 2) + (5 + 1) + (5 + 2);
        const int fontDictLength = 5 + 5 + 1;
        const int header = 4;
        var nameIndex = IndexLength(names);
        var topIndex = IndexLength(topDictLength);
        var stringIndex = IndexLength(strings);
        const int globalSubrIndex = 2;
        var charsetAt = header + nameIndex + topIndex + stringIndex + globalSubrIndex;
        var fdSelectAt = charsetAt + charset.Length;
        var charStringsAt = fdSelectAt + fdSelect.Length;
        var fdArrayAt = charStringsAt + IndexLength(charstrings);
        var privateAt = fdArrayAt + IndexLength(fontDictLength);
        var output = new Writer(privateAt + privateDict.Length);

        output.Bytes([1, 0, 4, 4]);
        output.Index(names);

        output.IndexHeader(1, topDictLength);
        output.Bytes(DictNumber(AdobeSid)).Bytes(DictNumber(IdentitySid)).Bytes(DictNumber(0)).Bytes([12, 30]);
        output.Int5(count).Bytes([12, 34]);
        output.Int5(charsetAt).Bytes([15]);
        output.Int5(fdSelectAt).Bytes([12, 37]);
        output.Int5(charStringsAt).Bytes([17]);
        output.Int5(fdArrayAt).Bytes([12, 36]);

        output.Index(strings);
        output.Bytes([0, 0]);
        output.Bytes(charset);
        output.Bytes(fdSelect);
        output.Index(charstrings);

        output.IndexHeader(1, fontDictLength);
        output.Int5(privateDict.Length).Int5(privateAt).Bytes([18]);
        output.Bytes(privateDict);
        return output.Done();
    }

    private static int Commonest(IReadOnlyList<int> advances)
    {
        var counts = new Dictionary<int, int>();
        var (best, bestCount) = (0, 0);
        foreach (var advance in advances)
        {
            var count = counts[advance] = counts.GetValueOrDefault(advance) + 1;
            if (count > bestCount)
            {
                (best, bestCount) = (advance, count);
            }
        }

        return best;
    }

    /// <summary>An integer as a Type 2 charstring operand, in its shortest encoding.</summary>
    private static byte[] Operand(int value) => value switch
    {
        >= -107 and <= 107 => [(byte)(value + 139)],
        >= 108 and <= 1131 => [(byte)(((value - 108) >> 8) + 247), (byte)(value - 108)],
        >= -1131 and <= -108 => [(byte)(((-value - 108) >> 8) + 251), (byte)(-value - 108)],
        _ => [28, (byte)(value >> 8), (byte)value],
    };

    /// <summary>An integer as a DICT operand: as a charstring's up to ±1131, a 32-bit integer beyond.</summary>
    private static byte[] DictNumber(int value) => value is >= -1131 and <= 1131 ? Operand(value) : Int5(value);

    /// <summary>A DICT's 32-bit integer (29 and four bytes), the fixed-size form the Top DICT's offsets use.</summary>
    private static byte[] Int5(int value) => [29, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static int OffSize(int lastOffset) => lastOffset < 0x100 ? 1 : lastOffset < 0x10000 ? 2 : lastOffset < 0x1000000 ? 3 : 4;

    private static int IndexLength(byte[][] items)
    {
        var data = DataLength(items);
        return 3 + (items.Length + 1) * OffSize(data + 1) + data;
    }

    private static int DataLength(byte[][] items)
    {
        var data = 0;
        foreach (var item in items)
        {
            data += item.Length;
        }

        return data;
    }

    private static int IndexLength(int singleItem) => 3 + 2 * OffSize(singleItem + 1) + singleItem;

    private sealed class Writer(int length)
    {
        private readonly byte[] _bytes = new byte[length];
        private int _at;

        public Writer Bytes(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_bytes.AsSpan(_at));
            _at += bytes.Length;
            return this;
        }

        public Writer Int5(int value) => Bytes(CffSubsetWriter.Int5(value));

        public void IndexHeader(int count, int dataLength)
        {
            var offSize = OffSize(dataLength + 1);
            Bytes([(byte)(count >> 8), (byte)count, (byte)offSize]);
            Offset(1, offSize);
            Offset(dataLength + 1, offSize);
        }

        public void Index(byte[][] items)
        {
            var offSize = OffSize(DataLength(items) + 1);
            Bytes([(byte)(items.Length >> 8), (byte)items.Length, (byte)offSize]);
            var offset = 1;
            Offset(offset, offSize);
            foreach (var item in items)
            {
                offset += item.Length;
                Offset(offset, offSize);
            }

            foreach (var item in items)
            {
                Bytes(item);
            }
        }

        public byte[] Done() => _at == _bytes.Length ? _bytes : throw new InvalidOperationException($"The CFF subset is {_at} bytes where {_bytes.Length} were planned.");

        private void Offset(int value, int size)
        {
            for (var k = size - 1; k >= 0; k--)
            {
                _bytes[_at++] = (byte)(value >> (k * 8));
            }
        }
    }
}
