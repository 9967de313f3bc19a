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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FlattenedOutlines_OfEveryCommonChineseCharacter_HaveTheBoundsHarfBuzzReadsFromTheFont(bool bold)
    {
        // HarfBuzz reads the font's own charstrings (subroutines, hints and all) with its own CFF interpreter; the
        // control box of each flattened outline must be the box it reports, or a point was lost, added or moved.
        var face = bold ? FontLibrary.Instance.ChineseBold : Face;
        var cff = face.Cff!;
        using var blob = HarfBuzzSharp.Blob.FromFile(Path.Combine(AppContext.BaseDirectory, "fonts", face.Name + ".otf"));
        using var hbFace = new HarfBuzzSharp.Face(blob, 0);
        using var hbFont = new HarfBuzzSharp.Font(hbFace);
        hbFont.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        var glyphs = CommonChinese.CodePoints.Select(c => face.GlyphOf(c)).Where(g => g != 0).Distinct().ToList();

        var wrong = glyphs.Where(glyph =>
        {
            var box = ControlBox(face.Read(font => cff.Flattened(font, glyph)));
            Assert.True(hbFont.TryGetGlyphExtents(glyph, out var extents), $"HarfBuzz has no extents for glyph {glyph}");
            var expected = (XMin: extents.XBearing, XMax: extents.XBearing + extents.Width, YMin: extents.YBearing + extents.Height, YMax: extents.YBearing);
            return Math.Abs(box.XMin - expected.XMin) > 1 || Math.Abs(box.XMax - expected.XMax) > 1
                || Math.Abs(box.YMin - expected.YMin) > 1 || Math.Abs(box.YMax - expected.YMax) > 1;
        }).ToList();

        Assert.True(glyphs.Count > 6000, $"{glyphs.Count} glyphs");
        Assert.True(wrong.Count == 0, $"{wrong.Count} glyphs differ from HarfBuzz's bounds, first {string.Join(", ", wrong.Take(5))}");
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
                    var (value, length) = Operand(cff, i);
                    stack.Add((int)value);
                    i += length;
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

    /// <summary>
    /// The box around every point a flattened Type 2 charstring draws, control points included (a move counts once
    /// something is drawn from it), read independently of the flattener: an optional width operand first, then path
    /// operators only.
    /// </summary>
    private static (double XMin, double XMax, double YMin, double YMax) ControlBox(byte[] charstring)
    {
        double x = 0, y = 0, xMin = double.MaxValue, xMax = double.MinValue, yMin = double.MaxValue, yMax = double.MinValue;
        var moved = false;
        var first = true;
        var args = new List<double>();
        void Add(double px, double py)
        {
            xMin = Math.Min(xMin, px);
            xMax = Math.Max(xMax, px);
            yMin = Math.Min(yMin, py);
            yMax = Math.Max(yMax, py);
        }

        void To(double dx, double dy)
        {
            if (moved)
            {
                Add(x, y);
                moved = false;
            }

            x += dx;
            y += dy;
            Add(x, y);
        }

        void Curve(double a, double b, double c, double d, double e, double f)
        {
            To(a, b);
            To(c, d);
            To(e, f);
        }

        for (var i = 0; i < charstring.Length;)
        {
            int b0 = charstring[i];
            if (b0 == 28 || b0 >= 32)
            {
                var (value, length) = Operand(charstring, i);
                args.Add(value);
                i += length;
                continue;
            }

            var op = b0 == 12 ? 1200 + charstring[i + 1] : b0;
            i += b0 == 12 ? 2 : 1;
            var expected = op switch { 21 => 2, 22 or 4 => 1, EndChar => 0, _ => -1 };
            if (first && expected >= 0 && args.Count > expected)
            {
                args.RemoveAt(0);
            }

            first = false;
            var a = args;
            switch (op)
            {
                case 21: x += a[0]; y += a[1]; moved = true; break;
                case 22: x += a[0]; moved = true; break;
                case 4: y += a[0]; moved = true; break;
                case 5:
                    for (var k = 0; k + 1 < a.Count; k += 2) { To(a[k], a[k + 1]); }
                    break;
                case 6 or 7:
                    for (var k = 0; k < a.Count; k++) { var horizontal = (k % 2 == 0) == (op == 6); To(horizontal ? a[k] : 0, horizontal ? 0 : a[k]); }
                    break;
                case 8:
                    for (var k = 0; k + 5 < a.Count; k += 6) { Curve(a[k], a[k + 1], a[k + 2], a[k + 3], a[k + 4], a[k + 5]); }
                    break;
                case 24:
                    var curves = a.Count - 2;
                    for (var k = 0; k + 5 < curves; k += 6) { Curve(a[k], a[k + 1], a[k + 2], a[k + 3], a[k + 4], a[k + 5]); }
                    To(a[curves], a[curves + 1]);
                    break;
                case 25:
                    var lines = a.Count - 6;
                    for (var k = 0; k + 1 < lines; k += 2) { To(a[k], a[k + 1]); }
                    Curve(a[lines], a[lines + 1], a[lines + 2], a[lines + 3], a[lines + 4], a[lines + 5]);
                    break;
                case 26 or 27:
                {
                    // vvcurveto: dx1? {dya dxb dyb dyc}+; hhcurveto: dy1? {dxa dxb dyb dxc}+
                    var k = a.Count % 4 == 1 ? 1 : 0;
                    var extra = k == 1 ? a[0] : 0;
                    for (; k + 3 < a.Count; k += 4, extra = 0)
                    {
                        if (op == 26) { Curve(extra, a[k], a[k + 1], a[k + 2], 0, a[k + 3]); }
                        else { Curve(a[k], extra, a[k + 1], a[k + 2], a[k + 3], 0); }
                    }

                    break;
                }

                case 30 or 31:
                {
                    // vhcurveto / hvcurveto: curves alternate between starting vertical and horizontal; the last may
                    // end with one extra operand for its other coordinate.
                    var vertical = op == 30;
                    for (var k = 0; k + 3 < a.Count; k += 4, vertical = !vertical)
                    {
                        var last = k + 5 == a.Count ? a[k + 4] : 0;
                        if (vertical) { Curve(0, a[k], a[k + 1], a[k + 2], a[k + 3], last); }
                        else { Curve(a[k], 0, a[k + 1], a[k + 2], last, a[k + 3]); }
                    }

                    break;
                }

                case 1235: // flex
                    Curve(a[0], a[1], a[2], a[3], a[4], a[5]);
                    Curve(a[6], a[7], a[8], a[9], a[10], a[11]);
                    break;
                case 1234: // hflex
                    Curve(a[0], 0, a[1], a[2], a[3], 0);
                    Curve(a[4], 0, a[5], -a[2], a[6], 0);
                    break;
                case 1236: // hflex1
                    Curve(a[0], a[1], a[2], a[3], a[4], 0);
                    Curve(a[5], 0, a[6], a[7], a[8], -(a[1] + a[3] + a[7]));
                    break;
                case 1237: // flex1
                {
                    var dx = a[0] + a[2] + a[4] + a[6] + a[8];
                    var dy = a[1] + a[3] + a[5] + a[7] + a[9];
                    Curve(a[0], a[1], a[2], a[3], a[4], a[5]);
                    if (Math.Abs(dx) > Math.Abs(dy)) { Curve(a[6], a[7], a[8], a[9], a[10], -dy); }
                    else { Curve(a[6], a[7], a[8], a[9], -dx, a[10]); }
                    break;
                }

                case EndChar:
                    return xMin > xMax ? (0, 0, 0, 0) : (xMin, xMax, yMin, yMax);
                default:
                    throw new InvalidDataException($"operator {op} in a flattened charstring");
            }

            args.Clear();
        }

        throw new InvalidDataException("a flattened charstring without endchar");
    }

    /// <summary>A Type 2 operand starting at <paramref name="i"/> (byte 28 or 32–255) and its length, read here, not by the code under test.</summary>
    private static (double Value, int Length) Operand(ReadOnlySpan<byte> charstring, int i)
    {
        int b0 = charstring[i];
        return b0 switch
        {
            28 => ((short)((charstring[i + 1] << 8) | charstring[i + 2]), 3),
            <= 246 => (b0 - 139, 1),
            <= 250 => (((b0 - 247) * 256) + charstring[i + 1] + 108, 2),
            <= 254 => (-((b0 - 251) * 256) - charstring[i + 1] - 108, 2),
            _ => (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(charstring[(i + 1)..]) / 65536.0, 5),
        };
    }
}
