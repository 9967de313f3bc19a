using TiesReports.Layout.Fonts;

namespace TiesReports.Tests.Layout;

/// <summary>
/// Source Han Sans SC's glyphs as the PDF embeds them: each charstring flattened (no subroutine calls, no hints, the
/// same path) and a CID-keyed CFF subset of them that our own reader parses back.
/// </summary>
public sealed class CffSubsetTests
{
    private const int CallSubr = 10;
    private const int CallGsubr = 29;
    private const int Return = 11;
    private const int EndChar = 14;
    private static readonly int[] HintOperators = [1, 3, 18, 23, 19, 20];

    private static FontFace Face => FontLibrary.Instance.ChineseRegular;

    private static CffFont Cff => Face.Cff ?? throw new InvalidOperationException("Source Han Sans SC has no CFF table");

    [Fact]
    public void ChineseFaces_AreCidKeyedCff()
    {
        Assert.True(Cff.IsCidKeyed);
        Assert.NotNull(FontLibrary.Instance.ChineseBold.Cff);
        Assert.Null(FontLibrary.Instance.SansRegular.Cff);
    }

    [Fact]
    public void FlatteningAGlyphThatCallsSubroutines_LeavesNoCallsNoHints_AndTheSamePathOperators()
    {
        var (glyph, raw) = "大连市阿尔汉格斯克".Select(c => Face.GlyphOf(c)).Select(g => (g, Raw: Face.Read(font => Walk(Cff, Cff.Table(font), g))))
            .First(x => x.Raw.Contains(CallSubr) || x.Raw.Contains(CallGsubr));

        var flattened = Face.Read(font => Cff.Flattened(font, glyph));
        var operators = Operators(flattened);

        Assert.DoesNotContain(CallSubr, operators);
        Assert.DoesNotContain(CallGsubr, operators);
        Assert.DoesNotContain(Return, operators);
        Assert.Empty(operators.Intersect(HintOperators));
        Assert.Equal(EndChar, operators[^1]);
        Assert.Equal(raw.Where(op => op is not (CallSubr or CallGsubr or Return) && !HintOperators.Contains(op)), operators);
        Assert.True(raw.Intersect(HintOperators).Any(), "the source glyph is hinted");
    }

    [Fact]
    public void Subset_ParsesBack_WithItsGlyphsAtCidsInOrder_AndTheirFlattenedOutlines()
    {
        ushort[] glyphs = [0, Face.GlyphOf('大'), Face.GlyphOf('连'), Face.GlyphOf('市'), Face.GlyphOf('大')];

        var subset = Face.Read(font => CffSubsetWriter.SubsetGlyphs(font, Cff, glyphs, Advances(glyphs), "SourceHanSansSC-Regular", Face.UnitsPerEm));
        var parsed = CffFont.ReadTable(subset);

        Assert.True(parsed.IsCidKeyed);
        Assert.Equal(glyphs.Length, parsed.GlyphCount);
        Assert.Equal([0, 1, 2, 3, 4], parsed.Charset(subset));
        for (var i = 0; i < glyphs.Length; i++)
        {
            // Flattening a flattened charstring changes nothing: the subset holds exactly the face's outlines.
            var expected = Face.Read(font => Cff.Flattened(font, glyphs[i]));
            Assert.Equal(expected, parsed.Flattened(subset, i));
        }
    }

    [Fact]
    public void Subset_StatesEveryGlyphsAdvance_AsTheFontsMetricsGiveIt()
    {
        // Ideographs are a full em; Latin letters and digits are narrower, so some glyphs state a width of their own.
        ushort[] glyphs = [0, Face.GlyphOf('大'), Face.GlyphOf('i'), Face.GlyphOf('W'), Face.GlyphOf('连'), Face.GlyphOf('1')];
        var advances = Advances(glyphs);

        var subset = Face.Read(font => CffSubsetWriter.SubsetGlyphs(font, Cff, glyphs, advances, "Widths", Face.UnitsPerEm));
        var parsed = CffFont.ReadTable(subset);

        Assert.True(advances.Distinct().Count() >= 3, "the glyphs have several advances");
        Assert.Equal(advances, Enumerable.Range(0, glyphs.Length).Select(i => parsed.AdvanceOf(subset, i)));
        Assert.Equal(advances, glyphs.Select(g => Face.Read(font => Cff.AdvanceOf(font, g))));
    }

    [Fact]
    public void Subset_OfOnlyNotdef_ParsesBack()
    {
        var subset = Face.Read(font => CffSubsetWriter.SubsetGlyphs(font, Cff, [0], Advances([0]), "Empty", Face.UnitsPerEm));

        var parsed = CffFont.ReadTable(subset);

        Assert.Equal(1, parsed.GlyphCount);
        Assert.Equal([0], parsed.Charset(subset));
    }

    [Fact]
    public void Charstring_WithAnArithmeticOperator_FailsNamingTheGlyph()
    {
        // A one-glyph subset whose charstring starts "1 2 add endchar" (what follows endchar is never read).
        var subset = Face.Read(font => CffSubsetWriter.SubsetGlyphs(font, Cff, [0], Advances([0]), "Patched", Face.UnitsPerEm));
        var notdef = Face.Read(font => Cff.Flattened(font, 0));
        byte[] program = [140, 141, 12, 10, EndChar];
        Assert.True(notdef.Length >= program.Length, "the .notdef charstring is long enough to patch");
        program.CopyTo(subset, subset.AsSpan().LastIndexOf(notdef));

        var error = Assert.Throws<InvalidDataException>(() => CffFont.ReadTable(subset).Flattened(subset, 0));

        Assert.Contains("glyph 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("12 10", error.Message, StringComparison.Ordinal);
    }

    private static int[] Advances(ushort[] glyphs) => [.. glyphs.Select(g => Face.Metrics.AdvanceOf(g))];

    /// <summary>The operators of a charstring with no subroutine calls and no hint masks, in order.</summary>
    private static List<int> Operators(byte[] charstring)
    {
        var operators = new List<int>();
        for (var i = 0; i < charstring.Length;)
        {
            int b0 = charstring[i];
            i += b0 switch { 28 => 3, >= 32 and <= 246 => 1, >= 247 and <= 254 => 2, 255 => 5, 12 => 2, _ => 1 };
            if (b0 is < 32 and not 28)
            {
                operators.Add(b0 == 12 ? 1200 + charstring[i - 1] : b0);
            }
        }

        return operators;
    }

    /// <summary>
    /// The operators the font's own charstring runs, calls included, following subroutines (an independent reading
    /// of the Type 2 format: stems counted to skip hint mask bytes, subroutine numbers biased).
    /// </summary>
    private static List<int> Walk(CffFont font, ReadOnlySpan<byte> cff, int glyph)
    {
        var operators = new List<int>();
        var stack = new List<int>();
        var stems = 0;
        var (start, end) = font.CharStrings.Item(cff, glyph);
        Run(cff, start, end);
        return operators;

        bool Run(ReadOnlySpan<byte> cff, int i, int end)
        {
            while (i < end)
            {
                int b0 = cff[i];
                if (b0 == 28 || b0 >= 32)
                {
                    stack.Add(b0 switch
                    {
                        28 => (short)((cff[i + 1] << 8) | cff[i + 2]),
                        <= 246 => b0 - 139,
                        <= 250 => ((b0 - 247) * 256) + cff[i + 1] + 108,
                        <= 254 => -((b0 - 251) * 256) - cff[i + 1] - 108,
                        _ => 0,
                    });
                    i += b0 switch { 28 => 3, <= 246 => 1, <= 254 => 2, _ => 5 };
                    continue;
                }

                var op = b0 == 12 ? 1200 + cff[i + 1] : b0;
                i += b0 == 12 ? 2 : 1;
                operators.Add(op);
                switch (op)
                {
                    case 1 or 3 or 18 or 23:
                        stems += stack.Count / 2;
                        stack.Clear();
                        break;
                    case 19 or 20:
                        stems += stack.Count / 2;
                        stack.Clear();
                        i += (stems + 7) / 8;
                        break;
                    case CallSubr or CallGsubr:
                        var subrs = op == CallSubr ? font.LocalSubrsOf(glyph) : font.GlobalSubrs;
                        var number = stack[^1] + (subrs.Count < 1240 ? 107 : subrs.Count < 33900 ? 1131 : 32768);
                        stack.RemoveAt(stack.Count - 1);
                        var (subStart, subEnd) = subrs.Item(cff, number);
                        if (Run(cff, subStart, subEnd))
                        {
                            return true;
                        }

                        break;
                    case Return:
                        return false;
                    case EndChar:
                        return true;
                    default:
                        stack.Clear();
                        break;
                }
            }

            return false;
        }
    }
}
