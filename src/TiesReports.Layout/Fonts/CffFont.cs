namespace TiesReports.Layout.Fonts;

/// <summary>
/// The parts of an OpenType font's 'CFF ' table that drawing a glyph needs: its CharStrings, the global
/// subroutines and, per glyph, the local subroutines of its Font DICT (FDSelect picks one for each glyph of a
/// CID-keyed font; a name-keyed font has one Private DICT). Offsets only: the table is read from the font each time.
/// Each glyph's flattened charstring (see <see cref="CharstringFlattener"/>) is made once per face per process.
/// </summary>
internal sealed class CffFont
{
    private readonly int _tableOffset;
    private readonly int _tableLength;
    private readonly PrivateValues[] _privates;
    private readonly byte[]? _fdOfGlyph;
    private readonly byte[]?[] _flattened;
    private readonly int _charsetAt;

    private CffFont(ReadOnlySpan<byte> font, int tableOffset, int tableLength)
    {
        _tableOffset = tableOffset;
        _tableLength = tableLength;
        var cff = font.Slice(tableOffset, tableLength);
        if (cff.Length < 4 || cff[0] != 1)
        {
            throw new InvalidDataException($"The font's CFF table has version {(cff.Length > 0 ? cff[0] : 0)}; only CFF 1 is read.");
        }

        var names = CffIndex.Read(cff, cff[2], "Name");
        var topDicts = CffIndex.Read(cff, names.End, "Top DICT");
        var strings = CffIndex.Read(cff, topDicts.End, "String");
        GlobalSubrs = CffIndex.Read(cff, strings.End, "Global Subr");
        if (topDicts.Count != 1)
        {
            throw new InvalidDataException($"The font's CFF table holds {topDicts.Count} fonts; one is expected.");
        }

        var (topStart, topEnd) = topDicts.Item(cff, 0);
        var top = CffDict.Read(cff[topStart..topEnd], "Top");
        if (top.Integer(CffDict.CharstringType, 2) != 2)
        {
            throw new InvalidDataException("The font's CFF charstrings are not Type 2.");
        }

        FontMatrix = top.Get(CffDict.FontMatrix);
        _charsetAt = top.Integer(CffDict.Charset, 0);
        IsCidKeyed = top.Has(CffDict.Ros);
        CharStrings = CffIndex.Read(cff, top.Integer(CffDict.CharStrings, -1), "CharStrings");
        if (IsCidKeyed)
        {
            var fonts = CffIndex.Read(cff, top.Integer(CffDict.FdArray, -1), "FDArray");
            _privates = new PrivateValues[fonts.Count];
            for (var fd = 0; fd < fonts.Count; fd++)
            {
                var (start, end) = fonts.Item(cff, fd);
                _privates[fd] = ReadPrivate(cff, CffDict.Read(cff[start..end], "Font"));
            }

            _fdOfGlyph = ReadFdSelect(cff, top.Integer(CffDict.FdSelect, -1), CharStrings.Count, fonts.Count);
        }
        else
        {
            _privates = [ReadPrivate(cff, top)];
        }

        _flattened = new byte[]?[CharStrings.Count];
    }

    public CffIndex CharStrings { get; }

    public CffIndex GlobalSubrs { get; }

    public int GlyphCount => CharStrings.Count;

    /// <summary>The Top DICT's FontMatrix, or null for the default (1000 units to the em).</summary>
    public double[]? FontMatrix { get; }

    /// <summary>Whether glyphs are named by CID (a ROS in the Top DICT) rather than by glyph name.</summary>
    public bool IsCidKeyed { get; }

    /// <summary>The CFF table of <paramref name="font"/>, when it is an OpenType font with CFF outlines; otherwise null.</summary>
    public static CffFont? TryRead(ReadOnlySpan<byte> font)
    {
        var tables = TrueTypeTables.Read(font);
        return tables.TryGetValue("CFF ", out var table) ? new CffFont(font, table.Offset, table.Length) : null;
    }

    /// <summary>A bare CFF table (a subset this process wrote, say).</summary>
    public static CffFont ReadTable(ReadOnlySpan<byte> cff) => new(cff, 0, cff.Length);

    /// <summary>
    /// The charset: the CID (or string id) of each glyph, .notdef's 0 first. Read on demand; drawing never needs it.
    /// </summary>
    public int[] Charset(ReadOnlySpan<byte> font)
    {
        var cff = Table(font);
        var ids = new int[GlyphCount];
        if (_charsetAt <= 2)
        {
            throw new NotSupportedException($"The CFF table uses predefined charset {_charsetAt}.");
        }

        var at = _charsetAt + 1;
        for (var glyph = 1; glyph < ids.Length;)
        {
            int first = (cff[at] << 8) | cff[at + 1];
            switch (cff[_charsetAt])
            {
                case 0:
                    ids[glyph++] = first;
                    at += 2;
                    break;
                case 1 or 2:
                    var wide = cff[_charsetAt] == 2;
                    var left = wide ? (cff[at + 2] << 8) | cff[at + 3] : cff[at + 2];
                    for (var k = 0; k <= left && glyph < ids.Length; k++)
                    {
                        ids[glyph++] = first + k;
                    }

                    at += wide ? 4 : 3;
                    break;
                default:
                    throw new InvalidDataException($"The CFF charset has format {cff[_charsetAt]}.");
            }
        }

        return ids;
    }

    /// <summary>The CFF table itself, within <paramref name="font"/> (the font this was read from).</summary>
    public ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font) => font.Slice(_tableOffset, _tableLength);

    /// <summary>The local subroutines a glyph's charstring calls.</summary>
    public CffIndex LocalSubrsOf(int glyph) => PrivateOf(glyph).Subrs;

    /// <summary>
    /// Glyph <paramref name="glyph"/>'s advance as its charstring states it: the width operand added to the Private
    /// DICT's nominalWidthX, or its defaultWidthX when there is none. Drawing never needs it (hmtx gives advances).
    /// </summary>
    public int AdvanceOf(ReadOnlySpan<byte> font, int glyph)
    {
        var values = PrivateOf(glyph);
        return CharstringFlattener.WidthOperand(this, Table(font), glyph) is { } width ? values.NominalWidth + width : values.DefaultWidth;
    }

    /// <summary>
    /// Glyph <paramref name="glyph"/>'s charstring with subroutines inlined and hints and width dropped; made on first
    /// use, then shared (a racing thread may make it twice, harmlessly: both results are equal).
    /// </summary>
    public byte[] Flattened(ReadOnlySpan<byte> font, int glyph)
    {
        if ((uint)glyph >= (uint)_flattened.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(glyph), glyph, $"The font has {_flattened.Length} glyphs.");
        }

        return _flattened[glyph] ??= CharstringFlattener.Flatten(this, Table(font), glyph);
    }

    /// <summary>Subroutine numbers in a charstring are biased so that small indexes encode in one byte.</summary>
    public static int Bias(CffIndex subrs) => subrs.Count < 1240 ? 107 : subrs.Count < 33900 ? 1131 : 32768;

    private PrivateValues PrivateOf(int glyph) => _privates[_fdOfGlyph is null ? 0 : _fdOfGlyph[glyph]];

    private static PrivateValues ReadPrivate(ReadOnlySpan<byte> cff, CffDict fontDict)
    {
        // Private is (size, offset); its Subrs offset counts from the Private DICT's start.
        var privateEntry = fontDict.Get(CffDict.Private);
        if (privateEntry is not { Length: 2 })
        {
            return default;
        }

        var (size, offset) = ((int)privateEntry[0], (int)privateEntry[1]);
        if (offset < 0 || size < 0 || offset + size > cff.Length)
        {
            throw new InvalidDataException($"The font's CFF Private DICT at {offset} lies outside the table.");
        }

        var privateDict = CffDict.Read(cff.Slice(offset, size), "Private");
        var subrs = privateDict.Get(CffDict.Subrs) is { Length: 1 } at ? CffIndex.Read(cff, offset + (int)at[0], "Subrs") : default;
        return new PrivateValues(subrs, privateDict.Integer(CffDict.DefaultWidthX, 0), privateDict.Integer(CffDict.NominalWidthX, 0));
    }

    /// <summary>What a Font DICT's Private DICT gives its glyphs: local subroutines and the two width bases.</summary>
    private readonly record struct PrivateValues(CffIndex Subrs, int DefaultWidth, int NominalWidth);

    private static byte[] ReadFdSelect(ReadOnlySpan<byte> cff, int at, int glyphs, int fonts)
    {
        if (at < 0 || at >= cff.Length)
        {
            throw new InvalidDataException("The font's CFF FDSelect lies outside the table.");
        }

        var fdOf = new byte[glyphs];
        switch (cff[at])
        {
            case 0:
                cff.Slice(at + 1, glyphs).CopyTo(fdOf);
                break;
            case 3:
                var ranges = (cff[at + 1] << 8) | cff[at + 2];
                for (var r = 0; r < ranges; r++)
                {
                    var range = at + 3 + r * 3;
                    var first = (cff[range] << 8) | cff[range + 1];
                    var next = (cff[range + 3] << 8) | cff[range + 4];
                    fdOf.AsSpan(first, Math.Min(next, glyphs) - first).Fill(cff[range + 2]);
                }

                break;
            default:
                throw new InvalidDataException($"The font's CFF FDSelect has format {cff[at]}; formats 0 and 3 are read.");
        }

        foreach (var fd in fdOf)
        {
            if (fd >= fonts)
            {
                throw new InvalidDataException($"The font's CFF FDSelect names Font DICT {fd} of {fonts}.");
            }
        }

        return fdOf;
    }
}
