using System.Globalization;
using TiesReports.Layout.Fonts;

namespace TiesReports.Tests.Layout;

/// <summary>
/// A damaged CFF table (built here, byte by byte) stops reading or flattening with an InvalidDataException that names
/// the part at fault; it never hangs, runs out of memory or fails with an index or overflow exception. Features the
/// subset cannot carry (a skewed FontMatrix, a Font DICT's own) are refused as not supported.
/// </summary>
public sealed class CffMalformedFontTests
{
    private const byte CallGsubr = 29;
    private const byte Return = 11;
    private const byte EndChar = 14;
    private const byte RLineTo = 5;
    private const byte RMoveTo = 21;

    // Small integers as Type 2 operands and DICT operands: one byte, value + 139.
    private static byte N(int value) => (byte)(value + 139);

    [Fact]
    public void WellFormedTable_BuiltHere_ReadsAndFlattens()
    {
        var table = new CffTable { CharStrings = [[N(10), N(20), RMoveTo, N(5), N(0), RLineTo, EndChar]] }.Build();

        var font = CffFont.ReadTable(table);

        Assert.True(font.IsCidKeyed);
        Assert.Equal([N(10), N(20), RMoveTo, N(5), N(0), RLineTo, EndChar], font.Flattened(table, 0));
    }

    [Fact]
    public void Flatten_SubroutinesThatCallEachOtherExponentially_StopsWithAClearError()
    {
        // Global subr k calls subr k + 1 thirty times; 9 levels stay within the nesting limit of 10 but would take
        // about 30^8 calls. Subr numbers are biased by 107 (fewer than 1240 subrs), so subr k is pushed as k - 107.
        var subrs = new byte[9][];
        for (var k = 0; k < 8; k++)
        {
            subrs[k] = [.. Enumerable.Repeat<byte[]>([N(k + 1 - 107), CallGsubr], 30).SelectMany(b => b), Return];
        }

        subrs[8] = [Return];
        var table = new CffTable { GlobalSubrs = subrs, CharStrings = [[N(-107), CallGsubr, EndChar]] }.Build();

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table).Flattened(table, 0));

        Assert.Contains("glyph 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("steps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flatten_SubroutinesThatDrawMoreThanACharstringMayHold_StopsWithAClearError()
    {
        // 30 * 30 * 30 calls of "0 0 rlineto": 81,000 bytes once flattened, past the 65,535-byte charstring limit.
        byte[] Calls(int next) => [.. Enumerable.Repeat<byte[]>([N(next - 107), CallGsubr], 30).SelectMany(b => b), Return];
        var table = new CffTable
        {
            GlobalSubrs = [Calls(1), Calls(2), Calls(3), [N(0), N(0), RLineTo, Return]],
            CharStrings = [[N(0), N(0), RMoveTo, N(-107), CallGsubr, EndChar]],
        }.Build();

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table).Flattened(table, 0));

        Assert.Contains("glyph 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flatten_Dotsection_IsDroppedAsTheNoOpItIs()
    {
        var table = new CffTable { CharStrings = [[N(10), N(20), RMoveTo, 12, 0, N(5), N(0), RLineTo, 12, 0, EndChar]] }.Build();

        var flattened = CffFont.ReadTable(table).Flattened(table, 0);

        Assert.Equal([N(10), N(20), RMoveTo, N(5), N(0), RLineTo, EndChar], flattened);
    }

    [Fact]
    public void Flatten_EscapeByteAtTheEndOfTheCharstring_FailsNamingTheGlyph()
    {
        var table = new CffTable { CharStrings = [[N(0), N(0), RMoveTo, EndChar], [N(0), N(0), RMoveTo, 12]] }.Build();

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table).Flattened(table, 1));

        Assert.Contains("glyph 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0L, "first offset 0")]
    [InlineData(1, 0xFFFFL, "offset 1 (65535) past the end")]
    [InlineData(1, 0x80000000L, "offset 1 (2147483648) past the end")]
    [InlineData(2, 1L, "offset 2 (1) below offset 1 (2)")]
    [InlineData(3, 0L, "offset 3 (0) below offset 2")]
    public void CharStringsIndex_WithABadOffset_FailsNamingTheIndexAndTheOffset(int offset, long value, string reason)
    {
        var cff = new CffTable { CharStrings = [[EndChar], [N(0), N(0), RMoveTo, EndChar], [EndChar]] };
        var table = cff.Build();
        var at = cff.CharStringsAt + 3 + (offset * 4);
        table[at] = (byte)(value >> 24);
        table[at + 1] = (byte)(value >> 16);
        table[at + 2] = (byte)(value >> 8);
        table[at + 3] = (byte)value;

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table));

        Assert.Contains("CharStrings INDEX", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void CharStringsIndex_WithAnOffsetSizeOutsideOneToFour_FailsNamingTheIndex(byte offSize)
    {
        var cff = new CffTable();
        var table = cff.Build();
        table[cff.CharStringsAt + 2] = offSize;

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table));

        Assert.Contains($"CharStrings INDEX at {cff.CharStringsAt} has offset size {offSize}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopDictIndex_RunningPastTheTable_FailsNamingTheIndex()
    {
        var table = new CffTable().Build();

        // The Top DICT INDEX follows the header (4 bytes) and the Name INDEX ("T": 2 + 1 + 8 + 1 bytes); its last offset
        // is bytes 4 to 7 after its count and offset size.
        var lastOffset = 4 + 12 + 3 + 4;
        table[lastOffset] = 0x7F;

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table));

        Assert.Contains("Top DICT INDEX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopDict_WithoutCharStrings_FailsNamingTheEntry()
    {
        var table = new CffTable { OmitCharStrings = true }.Build();

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table));

        Assert.Contains("Top DICT has no CharStrings entry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopDict_WithCharStringsFarPastTheTable_FailsNamingTheIndex()
    {
        var cff = new CffTable { CharStringsOffset = int.MaxValue };

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(cff.Build()));

        Assert.Contains($"CharStrings INDEX at {int.MaxValue} lies outside the table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivateDict_WhoseOffsetAndSizeOverflowAnInteger_FailsNamingIt()
    {
        var cff = new CffTable { PrivateEntry = (int.MaxValue, int.MaxValue) };

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(cff.Build()));

        Assert.Contains("Private DICT", error.Message, StringComparison.Ordinal);
        Assert.Contains("lies outside the table", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<byte[], string> BadFdSelects => new()
    {
        // Three glyphs. Format 0 lists one Font DICT per glyph; format 3 lists (first glyph, Font DICT) ranges and a sentinel.
        { [0, 0, 0], "FDSelect (format 0)" },
        { [0, 0, 0, 1], "gives glyph 2 Font DICT 1, but the FDArray holds 1" },
        { [3, 0, 1, 0, 1, 0, 0, 2], "first range starts at glyph 1" },
        { [3, 0, 1, 0, 0, 0, 0, 0], "sentinel must be the glyph count 3" },
        { [3, 0, 1, 0, 0, 0, 0, 5], "sentinel must be the glyph count 3" },
        { [3, 0, 2, 0, 0, 0, 0, 2, 0, 0, 1], "sentinel must be the glyph count 3" },
        { [3, 0, 2, 0, 0, 0, 0, 5, 0, 0, 3], "range 2 of 2 starts at glyph 5" },
        { [3, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3], "range 2 of 2 starts at glyph 0" },
        { [3, 0, 9, 0, 0, 0, 0, 3], "9 ranges that do not fit" },
        { [3, 0, 0], "0 ranges" },
        { [3, 0], "0 ranges" },
        { [3, 0, 1, 0, 0, 4, 0, 3], "gives glyph 0 Font DICT 4" },
        { [1, 0, 0, 0], "FDSelect has format 1" },
    };

    [Theory]
    [MemberData(nameof(BadFdSelects))]
    public void FdSelect_Damaged_FailsNamingItAndTheFault(byte[] fdSelect, string reason)
    {
        var cff = new CffTable { CharStrings = [[EndChar], [EndChar], [EndChar]], FdSelect = fdSelect };

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(cff.Build()));

        Assert.Contains("FDSelect", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FdSelect_Format3WithTwoRanges_GivesEachGlyphItsFontDict()
    {
        // Glyph 0 on Font DICT 0 (default width 500), glyphs 1 and 2 on Font DICT 1 (default width 700).
        var cff = new CffTable { CharStrings = [[EndChar], [EndChar], [EndChar]], FdSelect = [3, 0, 2, 0, 0, 0, 0, 1, 1, 0, 3], DefaultWidths = [500, 700] };
        var table = cff.Build();

        var font = CffFont.ReadTable(table);

        Assert.Equal([500, 700, 700], Enumerable.Range(0, 3).Select(g => font.AdvanceOf(table, g)));
    }

    public static TheoryData<byte[], string> BadCharsets => new()
    {
        // Three glyphs: .notdef, then two more (format 0: one SID/CID each; 1 and 2: ranges of first and count left).
        { [0, 0, 1], "charset (format 0) runs past the table at glyph 2 of 3" },
        { [1, 0, 1], "charset (format 1) runs past the table at glyph 1 of 3" },
        { [2, 0, 1, 0, 0], "charset (format 2) runs past the table at glyph 2 of 3" },
        { [4, 0, 1], "charset has format 4" },
    };

    [Theory]
    [MemberData(nameof(BadCharsets))]
    public void Charset_Damaged_FailsNamingItAndTheFault(byte[] charset, string reason)
    {
        var cff = new CffTable { CharStrings = [[EndChar], [EndChar], [EndChar]], Charset = charset };
        var table = cff.Build();

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(table).Charset(table));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Charset_Format2_GivesEachGlyphItsCid()
    {
        var cff = new CffTable { CharStrings = [[EndChar], [EndChar], [EndChar]], Charset = [2, 0, 7, 0, 1] };
        var table = cff.Build();

        Assert.Equal([0, 7, 8], CffFont.ReadTable(table).Charset(table));
    }

    [Theory]
    [InlineData("0.001 0 0.0002 0.001 0 0")]
    [InlineData("0.001 0 0 0.001 5 0")]
    [InlineData("0.001 0 0 0.001")]
    public void TopDictFontMatrix_ThatIsNotAPlainScale_IsRefusedAsNotSupported(string matrix)
    {
        var cff = new CffTable { TopFontMatrix = matrix };

        var error = Assert.Throws<NotSupportedException>(() => CffFont.ReadTable(cff.Build()));

        Assert.Contains($"Top DICT FontMatrix [{matrix}] is not a plain scale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FontDictFontMatrix_OtherThanTheIdentity_IsRefusedAsNotSupported()
    {
        var cff = new CffTable { TopFontMatrix = "1 0 0 1 0 0", FontDictFontMatrix = "0.001 0 0 0.001 0 0" };

        var error = Assert.Throws<NotSupportedException>(() => CffFont.ReadTable(cff.Build()));

        Assert.Contains("Font DICT 0 has its own FontMatrix [0.001 0 0 0.001 0 0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FontDictFontMatrix_ThatIsTheIdentity_ChangesNothingAndReads()
    {
        var cff = new CffTable { TopFontMatrix = "0.001 0 0 0.001 0 0", FontDictFontMatrix = "1 0 0 1 0 0" };

        var font = CffFont.ReadTable(cff.Build());

        Assert.Equal([0.001, 0, 0, 0.001, 0, 0], Assert.IsType<double[]>(font.FontMatrix));
    }

    public static TheoryData<string> SmallTables => ["built here", "subset of Source Han Sans SC"];

    [Theory]
    [MemberData(nameof(SmallTables))]
    public void AnyByteOfASmallTable_ChangedOrCutOff_ReadsOrFailsWithAClearError(string which)
    {
        var table = which == "built here" ? BuiltTable() : SubsetTable();
        var faults = new List<string>();

        // Every byte set to 0, 255 and its neighbours in value, and the table cut off at every length.
        var cases = Enumerable.Range(0, table.Length)
            .SelectMany(at => new[] { 0, 255, table[at] + 1, table[at] - 1 }.Select(value => (At: at, Value: value, Length: table.Length)))
            .Concat(Enumerable.Range(0, table.Length).Select(length => (At: -1, Value: 0, Length: length)));
        foreach (var (at, value, length) in cases)
        {
            var damaged = table[..length];
            if (at >= 0)
            {
                damaged[at] = (byte)value;
            }

            if (ReadEverything(damaged) is { } fault)
            {
                faults.Add($"byte {at} = {value}, length {length}: {fault}");
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults.Take(10)));
    }

    /// <summary>Reads the table and every glyph's outline, advance and CID; an unexpected exception's type and message, or null.</summary>
    private static string? ReadEverything(byte[] table)
    {
        try
        {
            var font = CffFont.ReadTable(table);
            for (var glyph = 0; glyph < font.GlyphCount; glyph++)
            {
                Tolerate(() => font.Flattened(table, glyph));
                Tolerate(() => font.AdvanceOf(table, glyph));
            }

            Tolerate(() => font.Charset(table));
            return null;
        }
        catch (Exception error) when (error is InvalidDataException or NotSupportedException)
        {
            return null;
        }
        catch (Exception error)
        {
            return $"{error.GetType().Name}: {error.Message}";
        }

        // A damaged glyph or charset fails alone; the other glyphs are still read.
        static void Tolerate(Action read)
        {
            try
            {
                read();
            }
            catch (Exception error) when (error is InvalidDataException or NotSupportedException)
            {
            }
        }
    }

    /// <summary>Two Font DICTs, FDSelect format 3, charset format 2, global subrs nested three deep.</summary>
    private static byte[] BuiltTable() => new CffTable
    {
        GlobalSubrs = [[N(1 - 107), CallGsubr, N(1 - 107), CallGsubr, Return], [N(2 - 107), CallGsubr, Return], [N(3), N(4), RLineTo, Return]],
        CharStrings = [[EndChar], [N(50), N(10), N(20), RMoveTo, N(-107), CallGsubr, EndChar], [N(10), N(20), RMoveTo, 12, 0, N(5), N(0), RLineTo, EndChar]],
        FdSelect = [3, 0, 2, 0, 0, 0, 0, 1, 1, 0, 3],
        DefaultWidths = [500, 700],
        Charset = [2, 0, 7, 0, 1],
        TopFontMatrix = "0.001 0 0 0.001 0 0",
    }.Build();

    /// <summary>A CID-keyed subset of real glyphs as the PDF embeds it (hinted and subroutinized no more).</summary>
    private static byte[] SubsetTable()
    {
        var face = FontLibrary.Instance.ChineseRegular;
        var cff = face.Cff ?? throw new InvalidOperationException("Source Han Sans SC has no CFF table");
        ushort[] glyphs = [0, face.GlyphOf('大'), face.GlyphOf('i')];
        var advances = Array.ConvertAll(glyphs, g => face.Metrics.AdvanceOf(g));
        return face.Read(font => CffSubsetWriter.SubsetGlyphs(font, cff, glyphs, advances, "Subset", face.UnitsPerEm));
    }

    /// <summary>
    /// A CID-keyed CFF table with one Font DICT per default width, each with a Private DICT (and the local subrs, if
    /// any). Top DICT offsets are written as 5-byte integers, so the layout is known before the offsets are.
    /// Order: header, Name, Top DICT, String and Global Subr INDEXes, CharStrings, FDArray, Private DICTs with their
    /// subrs, then FDSelect and charset last, so that a short one runs off the end of the table.
    /// </summary>
    private sealed class CffTable
    {
        public byte[][] CharStrings { get; init; } = [[EndChar]];

        public byte[][] GlobalSubrs { get; init; } = [];

        public byte[]? FdSelect { get; init; }

        public byte[]? Charset { get; init; }

        public int[] DefaultWidths { get; init; } = [500];

        public string? TopFontMatrix { get; init; }

        public string? FontDictFontMatrix { get; init; }

        public bool OmitCharStrings { get; init; }

        public int? CharStringsOffset { get; init; }

        public (int Size, int Offset)? PrivateEntry { get; init; }

        public int CharStringsAt { get; private set; }

        public byte[] Build()
        {
            var fdSelect = FdSelect ?? [3, 0, 1, 0, 0, 0, (byte)(CharStrings.Length >> 8), (byte)CharStrings.Length];
            var privates = DefaultWidths.Select(width => (byte[])[.. Int5(width), 20]).ToArray();

            // First pass with zero offsets to measure; Int5 keeps every length the same in the second.
            var layout = (Charset: 0, FdSelect: 0, CharStrings: 0, FdArray: 0, Privates: new int[privates.Length]);
            byte[] table = [];
            for (var pass = 0; pass < 2; pass++)
            {
                var output = new List<byte> { 1, 0, 4, 4 };
                output.AddRange(Index(["T"u8.ToArray()]));
                output.AddRange(Index([TopDict(layout.Charset, layout.FdSelect, layout.CharStrings, layout.FdArray)]));
                output.AddRange(Index([]));
                output.AddRange(Index(GlobalSubrs));
                layout.CharStrings = output.Count;
                output.AddRange(Index(CharStrings));
                layout.FdArray = output.Count;
                output.AddRange(Index([.. privates.Select((p, fd) => FontDict(p.Length, layout.Privates[fd]))]));
                for (var fd = 0; fd < privates.Length; fd++)
                {
                    layout.Privates[fd] = output.Count;
                    output.AddRange(privates[fd]);
                }

                layout.FdSelect = output.Count;
                output.AddRange(fdSelect);
                layout.Charset = output.Count;
                output.AddRange(Charset ?? []);
                table = [.. output];
            }

            CharStringsAt = layout.CharStrings;
            return table;
        }

        private byte[] TopDict(int charset, int fdSelect, int charStrings, int fdArray)
        {
            var dict = new List<byte> { N(0), N(0), N(0), 12, 30 }; // ROS: string ids 0 0, supplement 0 (read as CID-keyed)
            if (TopFontMatrix is not null)
            {
                dict.AddRange([.. Matrix(TopFontMatrix), 12, 7]);
            }

            if (Charset is not null)
            {
                dict.AddRange([.. Int5(charset), 15]);
            }

            if (!OmitCharStrings)
            {
                dict.AddRange([.. Int5(CharStringsOffset ?? charStrings), 17]);
            }

            dict.AddRange([.. Int5(fdSelect), 12, 37, .. Int5(fdArray), 12, 36]);
            return [.. dict];
        }

        private byte[] FontDict(int privateSize, int privateAt)
        {
            var dict = new List<byte>();
            if (FontDictFontMatrix is not null)
            {
                dict.AddRange([.. Matrix(FontDictFontMatrix), 12, 7]);
            }

            var (size, offset) = PrivateEntry ?? (privateSize, privateAt);
            dict.AddRange([.. Int5(size), .. Int5(offset), 18]);
            return [.. dict];
        }

        private static byte[] Int5(int value) => [29, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

        /// <summary>DICT real numbers: nibbles for digits, point (0xA) and minus (0xE), ended by 0xF.</summary>
        private static byte[] Matrix(string values) => [.. values.Split(' ').SelectMany(value =>
        {
            var nibbles = value.Select(c => c switch { '.' => 0xA, '-' => 0xE, _ => c - '0' }).Append(0xF).ToList();
            if (nibbles.Count % 2 == 1)
            {
                nibbles.Add(0xF);
            }

            return new byte[] { 30 }.Concat(nibbles.Chunk(2).Select(pair => (byte)((pair[0] << 4) | pair[1])));
        })];

        /// <summary>An INDEX with 4-byte offsets (any offset size reads the same; 4 makes offsets easy to patch).</summary>
        private static byte[] Index(byte[][] items)
        {
            if (items.Length == 0)
            {
                return [0, 0];
            }

            var output = new List<byte> { (byte)(items.Length >> 8), (byte)items.Length, 4 };
            var offset = 1;
            foreach (var item in items.Prepend([]))
            {
                offset += item.Length;
                output.AddRange([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset]);
            }

            foreach (var item in items)
            {
                output.AddRange(item);
            }

            return [.. output];
        }
    }
}
