namespace TiesReports.Layout.Fonts;

/// <summary>
/// The parts of an OpenType font's 'CFF ' table that drawing a glyph needs: its CharStrings, the global
/// subroutines and, per glyph, the local subroutines of its Font DICT (FDSelect picks one for each glyph of a
/// CID-keyed font; a name-keyed font has one Private DICT). Offsets only: the table is read from the font each time.
/// Each glyph's flattened charstring (see <see cref="CharstringFlattener"/>) is made once per face per process.
/// </summary>
internal sealed class CffFont
{
    private static readonly double[] IdentityMatrix = [1, 0, 0, 1, 0, 0];

    private readonly int _tableOffset;
    private readonly int _tableLength;
    private readonly PrivateValues[] _privates;
    private readonly byte[]? _fdOfGlyph;
    private readonly byte[]?[] _flattened;
    private readonly long _charsetAt;

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
        if (FontMatrix is { } matrix && (matrix.Length != 6 || matrix[1] != 0 || matrix[2] != 0 || matrix[4] != 0 || matrix[5] != 0))
        {
            // The subset keeps no FontMatrix, so a skewed (oblique) or moved face would silently draw upright.
            throw new NotSupportedException($"The font's CFF Top DICT FontMatrix [{CffDict.Text(matrix)}] is not a plain scale; only a scale is supported.");
        }

        _charsetAt = top.Offset(CffDict.Charset) ?? 0;
        IsCidKeyed = top.Has(CffDict.Ros);
        CharStrings = CffIndex.Read(cff, Required(top, CffDict.CharStrings, "CharStrings"), "CharStrings");
        if (CharStrings.Count == 0)
        {
            throw new InvalidDataException("The CFF table's CharStrings INDEX is empty; a font has at least .notdef.");
        }

        if (IsCidKeyed)
        {
            var fonts = CffIndex.Read(cff, Required(top, CffDict.FdArray, "FDArray"), "FDArray");
            _privates = new PrivateValues[fonts.Count];
            for (var fd = 0; fd < fonts.Count; fd++)
            {
                var (start, end) = fonts.Item(cff, fd);
                var fontDict = CffDict.Read(cff[start..end], "Font");
                if (fontDict.Get(CffDict.FontMatrix) is { } own && !own.SequenceEqual(IdentityMatrix))
                {
                    // Only one FontMatrix reaches the subset; a Font DICT's own (other than the identity, which
                    // changes nothing when concatenated with the Top DICT's) would be lost.
                    throw new NotSupportedException($"The font's CFF Font DICT {fd} has its own FontMatrix [{CffDict.Text(own)}]; only the Top DICT's is supported.");
                }

                _privates[fd] = ReadPrivate(cff, fontDict);
            }

            _fdOfGlyph = ReadFdSelect(cff, Required(top, CffDict.FdSelect, "FDSelect"), CharStrings.Count, fonts.Count);
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
        if (_charsetAt is >= 0 and <= 2)
        {
            throw new NotSupportedException($"The CFF table uses predefined charset {_charsetAt}.");
        }

        if (_charsetAt < 0 || _charsetAt >= cff.Length)
        {
            throw new InvalidDataException($"The CFF charset at {_charsetAt} lies outside the table ({cff.Length} bytes).");
        }

        var format = cff[(int)_charsetAt];
        var entryLength = format switch
        {
            0 => 2,
            1 => 3,
            2 => 4,
            _ => throw new InvalidDataException($"The CFF charset has format {format}; formats 0, 1 and 2 are read."),
        };
        var at = (int)_charsetAt + 1;
        for (var glyph = 1; glyph < ids.Length; at += entryLength)
        {
            if (at + entryLength > cff.Length)
            {
                throw new InvalidDataException($"The CFF charset (format {format}) runs past the table at glyph {glyph} of {ids.Length}.");
            }

            var first = (cff[at] << 8) | cff[at + 1];
            var left = format switch { 0 => 0, 1 => cff[at + 2], _ => (cff[at + 2] << 8) | cff[at + 3] };
            for (var k = 0; k <= left && glyph < ids.Length; k++)
            {
                ids[glyph++] = first + k;
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
        CheckGlyph(glyph);
        var values = PrivateOf(glyph);
        return CharstringFlattener.WidthOperand(this, Table(font), glyph) is { } width ? values.NominalWidth + width : values.DefaultWidth;
    }

    /// <summary>
    /// Glyph <paramref name="glyph"/>'s charstring with subroutines inlined and hints and width dropped; made on first
    /// use, then shared (a racing thread may make it twice, harmlessly: both results are equal).
    /// </summary>
    public byte[] Flattened(ReadOnlySpan<byte> font, int glyph)
    {
        CheckGlyph(glyph);
        return _flattened[glyph] ??= CharstringFlattener.Flatten(this, Table(font), glyph);
    }

    /// <summary>Subroutine numbers in a charstring are biased so that small indexes encode in one byte.</summary>
    public static int Bias(CffIndex subrs) => subrs.Count < 1240 ? 107 : subrs.Count < 33900 ? 1131 : 32768;

    /// <summary>A glyph number is the caller's (not the font's) to get right, hence not an InvalidDataException.</summary>
    private void CheckGlyph(int glyph)
    {
        if ((uint)glyph >= (uint)_flattened.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(glyph), glyph, $"The font has {_flattened.Length} glyphs.");
        }
    }

    private static long Required(CffDict top, int op, string name) =>
        top.Offset(op) ?? throw new InvalidDataException($"The CFF table's Top DICT has no {name} entry.");

    private PrivateValues PrivateOf(int glyph) => _privates[_fdOfGlyph is null ? 0 : _fdOfGlyph[glyph]];

    private static PrivateValues ReadPrivate(ReadOnlySpan<byte> cff, CffDict fontDict)
    {
        // Private is (size, offset); its Subrs offset counts from the Private DICT's start.
        var privateEntry = fontDict.Get(CffDict.Private);
        if (privateEntry is not { Length: 2 })
        {
            return default;
        }

        var (size, offset) = (CffDict.Whole(privateEntry[0]), CffDict.Whole(privateEntry[1]));
        if (offset < 0 || size < 0 || offset + size > cff.Length)
        {
            throw new InvalidDataException($"The CFF table's Private DICT ({size} bytes at {offset}) lies outside the table ({cff.Length} bytes).");
        }

        var privateDict = CffDict.Read(cff.Slice((int)offset, (int)size), "Private");
        var subrs = privateDict.Offset(CffDict.Subrs) is { } at ? CffIndex.Read(cff, offset + at, "Subrs") : default;
        return new PrivateValues(subrs, privateDict.Integer(CffDict.DefaultWidthX, 0), privateDict.Integer(CffDict.NominalWidthX, 0));
    }

    /// <summary>What a Font DICT's Private DICT gives its glyphs: local subroutines and the two width bases.</summary>
    private readonly record struct PrivateValues(CffIndex Subrs, int DefaultWidth, int NominalWidth);

    /// <summary>
    /// The Font DICT of each glyph. Format 0 lists one per glyph; format 3 gives ranges, whose firsts start at 0 and
    /// increase, up to a sentinel equal to the glyph count.
    /// </summary>
    private static byte[] ReadFdSelect(ReadOnlySpan<byte> cff, long offset, int glyphs, int fonts)
    {
        if (offset < 0 || offset >= cff.Length)
        {
            throw new InvalidDataException($"The CFF table's FDSelect at {offset} lies outside the table ({cff.Length} bytes).");
        }

        var at = (int)offset;
        var fdOf = new byte[glyphs];
        switch (cff[at])
        {
            case 0:
                if (at + 1L + glyphs > cff.Length)
                {
                    throw new InvalidDataException($"The CFF table's FDSelect (format 0) at {at} runs past the table before its {glyphs} glyphs end.");
                }

                cff.Slice(at + 1, glyphs).CopyTo(fdOf);
                break;
            case 3:
                var ranges = at + 3 <= cff.Length ? (cff[at + 1] << 8) | cff[at + 2] : 0;
                if (ranges == 0 || at + 3L + ranges * 3L + 2 > cff.Length)
                {
                    throw new InvalidDataException($"The CFF table's FDSelect (format 3) at {at} has {ranges} ranges that do not fit in the table.");
                }

                for (var r = 0; r < ranges; r++)
                {
                    var range = at + 3 + r * 3;
                    var first = (cff[range] << 8) | cff[range + 1];
                    var next = (cff[range + 3] << 8) | cff[range + 4];
                    if (r == 0 && first != 0)
                    {
                        throw new InvalidDataException($"The CFF table's FDSelect (format 3) first range starts at glyph {first}; it must start at 0.");
                    }

                    if (next <= first || next > glyphs)
                    {
                        throw new InvalidDataException(r == ranges - 1
                            ? $"The CFF table's FDSelect (format 3) ends at glyph {next}; its sentinel must be the glyph count {glyphs}."
                            : $"The CFF table's FDSelect (format 3) range {r + 2} of {ranges} starts at glyph {next}; ranges must increase and start below the glyph count {glyphs}.");
                    }

                    fdOf.AsSpan(first, next - first).Fill(cff[range + 2]);
                }

                var sentinel = (cff[at + 3 + ranges * 3] << 8) | cff[at + 4 + ranges * 3];
                if (sentinel != glyphs)
                {
                    throw new InvalidDataException($"The CFF table's FDSelect (format 3) ends at glyph {sentinel}; its sentinel must be the glyph count {glyphs}.");
                }

                break;
            default:
                throw new InvalidDataException($"The CFF table's FDSelect has format {cff[at]}; formats 0 and 3 are read.");
        }

        for (var glyph = 0; glyph < fdOf.Length; glyph++)
        {
            if (fdOf[glyph] >= fonts)
            {
                throw new InvalidDataException($"The CFF table's FDSelect gives glyph {glyph} Font DICT {fdOf[glyph]}, but the FDArray holds {fonts}.");
            }
        }

        return fdOf;
    }
}
