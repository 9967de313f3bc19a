using System.Buffers.Binary;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// The few TrueType tables layout needs (head, hhea, hmtx, cmap), read straight from the font bytes.
/// Measuring from our own tables keeps line breaking fast and independent of any drawing context.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _bmpGlyphs = new ushort[65536];
    private readonly Dictionary<int, ushort> _astralGlyphs = [];
    private readonly ushort[] _advances;

    private TrueTypeMetrics(ReadOnlySpan<byte> font)
    {
        var tables = TrueTypeTables.Read(font);
        var head = TrueTypeTables.Table(font, tables, "head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        Box = (BinaryPrimitives.ReadInt16BigEndian(head[36..]), BinaryPrimitives.ReadInt16BigEndian(head[38..]),
            BinaryPrimitives.ReadInt16BigEndian(head[40..]), BinaryPrimitives.ReadInt16BigEndian(head[42..]));

        // post's italic angle is a 16.16 fixed-point number of degrees, counter-clockwise from vertical.
        if (tables.ContainsKey("post"))
        {
            ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(TrueTypeTables.Table(font, tables, "post")[4..]) / 65536.0;
        }

        // OS/2 version 2 and later carry the heights of capitals and of x; older fonts fall back to the ascender.
        var os2 = tables.ContainsKey("OS/2") ? TrueTypeTables.Table(font, tables, "OS/2") : [];
        if (os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2)
        {
            XHeight = BinaryPrimitives.ReadInt16BigEndian(os2[86..]);
            CapHeight = BinaryPrimitives.ReadInt16BigEndian(os2[88..]);
        }

        var hhea = TrueTypeTables.Table(font, tables, "hhea");
        Ascender = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        Descender = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        LineGap = BinaryPrimitives.ReadInt16BigEndian(hhea[8..]);
        var metricsCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);

        var hmtx = TrueTypeTables.Table(font, tables, "hmtx");
        _advances = new ushort[metricsCount];
        for (var i = 0; i < metricsCount; i++)
        {
            _advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(i * 4)..]);
        }

        ReadCmap(TrueTypeTables.Table(font, tables, "cmap"));
    }

    public int UnitsPerEm { get; }

    public int Ascender { get; }

    public int Descender { get; }

    public int LineGap { get; }

    /// <summary>The bounding box of all glyphs (head: xMin, yMin, xMax, yMax), in font units.</summary>
    public (int XMin, int YMin, int XMax, int YMax) Box { get; }

    /// <summary>Degrees counter-clockwise from vertical (negative for text leaning right), from the post table.</summary>
    public double ItalicAngle { get; }

    public int? CapHeight { get; }

    public int? XHeight { get; }

    public static TrueTypeMetrics Read(ReadOnlySpan<byte> font) => new(font);

    public ushort GlyphOf(int codePoint) =>
        codePoint < 65536 ? _bmpGlyphs[codePoint] : _astralGlyphs.GetValueOrDefault(codePoint);

    /// <summary>Advance width in font units; glyphs past the last long metric share its advance.</summary>
    public int AdvanceOf(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + i * 8)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format == 12)
            {
                format12 = offset;
            }
            else if (unicode && format == 4)
            {
                format4 = offset;
            }
        }

        if (format12 >= 0)
        {
            ReadFormat12(cmap[format12..]);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(cmap[format4..]);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segCount = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = ends[(segCount * 2 + 2)..];
        var deltas = starts[(segCount * 2)..];
        var rangeOffsets = deltas[(segCount * 2)..];
        for (var s = 0; s < segCount; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(s * 2)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(s * 2)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(s * 2)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = s * 2 + rangeOffset + (c - start) * 2;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                _bmpGlyphs[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table[(16 + g * 12)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (c < 65536)
                {
                    _bmpGlyphs[c] = (ushort)glyph;
                }
                else
                {
                    _astralGlyphs[c] = (ushort)glyph;
                }
            }
        }
    }
}
