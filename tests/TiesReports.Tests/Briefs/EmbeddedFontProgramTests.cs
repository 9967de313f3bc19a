using System.Buffers.Binary;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Fonts;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// The fonts a brief embeds are our own Type0 subsets (CIDFontType2; the Chinese faces CIDFontType0, see
/// <see cref="ChineseCffBriefTests"/>): each TrueType one holds the glyphs its pages draw and the parts
/// of those that are composites, no more; /W gives every drawn glyph the advance its program states (as PDF/A asks),
/// and ToUnicode gives every one of them its text.
/// </summary>
public sealed class EmbeddedFontProgramTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Brief_EmbeddedSubsets_HoldOnlyTheDrawnGlyphs_EachWithItsWidthAndText(string language)
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.FromTag(language)));

        var fonts = EmbeddedFonts(pdf).Where(f => !f.IsCff).ToList();

        Assert.True(fonts.Count >= 3, $"{fonts.Count} embedded TrueType programs");
        Assert.All(fonts, font =>
        {
            var metrics = new FontMetrics(font.Program);
            Assert.True(font.Widths.Count > 1, "a font draws at least one glyph");

            // Every drawn glyph, the space among them, keeps the advance its /W entry states.
            Assert.All(font.Widths, w => Assert.Equal(w.Value, metrics.Advance(w.Key) * 1000.0 / metrics.UnitsPerEm, 0));
            Assert.All(font.Widths.Keys, cid => Assert.True(font.Texts.ContainsKey(cid), $"CID {cid} has no ToUnicode entry"));

            var parts = font.Widths.Keys.SelectMany(metrics.Components).ToHashSet();
            var undrawn = Enumerable.Range(1, metrics.GlyphCount - 1).Where(g => !font.Widths.ContainsKey(g) && !parts.Contains(g)).ToList();
            Assert.Empty(undrawn);
        });
    }

    [Fact]
    public void Brief_InEnglish_ReadsBackEveryDrawnCharacterFromItsFont()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian());

        var mapped = string.Concat(EmbeddedFonts(pdf).SelectMany(f => f.Texts.Values));
        var text = string.Join(" ", Infrastructure.Briefs.PageTexts(pdf));

        // Each character on the pages (spaces aside) is some CID's text, and the space glyph is drawn.
        Assert.All(text.Where(c => !char.IsWhiteSpace(c) && !char.IsSurrogate(c)).Distinct(), c => Assert.Contains(c, mapped));
        Assert.Contains(' ', mapped);
    }

    [Fact]
    public void Brief_InChinese_StaysWithin300KiB()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.Chinese));

        Assert.InRange(pdf.Length, 10_000, 300 * 1024);
    }

    [Fact]
    public void Brief_FontDescriptors_DescribeTheFacesTheyEmbed_ItalicAsItalic()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian());

        var fonts = EmbeddedFonts(pdf).Where(f => !f.IsCff).ToList();

        // The brief's notes are set in italic: that face must say so to preflight and font tools.
        Assert.Contains(fonts, f => Number(f.Descriptor, "ItalicAngle") < 0);
        Assert.All(fonts, font =>
        {
            var tables = TrueTypeTables.Read(font.Program);
            var head = font.Program.AsSpan(tables["head"].Offset);
            var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
            double Scaled(int offset, ReadOnlySpan<byte> table) => Math.Round(BinaryPrimitives.ReadInt16BigEndian(table[offset..]) * 1000.0 / unitsPerEm);
            var italicAngle = BinaryPrimitives.ReadInt32BigEndian(font.Program.AsSpan(tables["post"].Offset + 4)) / 65536.0;
            var os2 = font.Program.AsSpan(tables["OS/2"].Offset);
            var flags = (int)Number(font.Descriptor, "Flags");

            Assert.Equal(italicAngle, Number(font.Descriptor, "ItalicAngle"), 2);
            Assert.Equal(italicAngle != 0, (flags & 64) != 0);
            var box = ((ArrayToken)font.Descriptor.Data["FontBBox"]).Data.Select(n => ((NumericToken)n).Double).ToArray();
            Assert.Equal([Scaled(36, head), Scaled(38, head), Scaled(40, head), Scaled(42, head)], box);
            Assert.Equal(Scaled(88, os2), Number(font.Descriptor, "CapHeight"));
            Assert.True(Number(font.Descriptor, "Descent") < 0, "Descent lies below the baseline");
        });
    }

    private static double Number(DictionaryToken dictionary, string key) => ((NumericToken)dictionary.Data[key]).Double;

    private sealed record EmbeddedFont(byte[] Program, Dictionary<int, double> Widths, Dictionary<int, string> Texts, DictionaryToken Descriptor, bool IsCff);

    private static List<EmbeddedFont> EmbeddedFonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var fonts = new List<EmbeddedFont>();
        T Resolve<T>(IToken token) where T : IToken =>
            (T)(token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token);

        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is not DictionaryToken type0 ||
                !type0.TryGet(NameToken.Subtype, out NameToken subtype) || subtype != NameToken.Type0 ||
                !type0.TryGet(NameToken.DescendantFonts, out IToken descendants) ||
                Resolve<DictionaryToken>(Resolve<ArrayToken>(descendants).Data[0]) is not { } font ||
                !font.TryGet(NameToken.FontDescriptor, out IndirectReferenceToken descriptorReference) ||
                document.Structure.GetObject(descriptorReference.Data).Data is not DictionaryToken descriptor ||
                !(descriptor.TryGet(NameToken.FontFile2, out IndirectReferenceToken programReference) || descriptor.TryGet(NameToken.FontFile3, out programReference)) ||
                document.Structure.GetObject(programReference.Data).Data is not StreamToken program ||
                !type0.TryGet(NameToken.ToUnicode, out IndirectReferenceToken toUnicodeReference) ||
                document.Structure.GetObject(toUnicodeReference.Data).Data is not StreamToken toUnicode)
            {
                continue;
            }

            var widths = new Dictionary<int, double>();
            if (font.TryGet(NameToken.W, out ArrayToken array))
            {
                var items = array.Data;
                for (var i = 0; i < items.Count;)
                {
                    var first = (int)((NumericToken)items[i]).Double;
                    if (items[i + 1] is ArrayToken run)
                    {
                        for (var k = 0; k < run.Data.Count; k++)
                        {
                            widths[first + k] = ((NumericToken)run.Data[k]).Double;
                        }

                        i += 2;
                    }
                    else
                    {
                        for (var g = first; g <= (int)((NumericToken)items[i + 1]).Double; g++)
                        {
                            widths[g] = ((NumericToken)items[i + 2]).Double;
                        }

                        i += 3;
                    }
                }
            }

            fonts.Add(new EmbeddedFont(program.Decode(DefaultFilterProvider.Instance).ToArray(), widths, ReadToUnicode(toUnicode.Decode(DefaultFilterProvider.Instance).ToArray()), descriptor, descriptor.ContainsKey(NameToken.FontFile3)));
        }

        return fonts;
    }

    /// <summary>The bfchar entries of a ToUnicode map: CID to text (UTF-16 hex).</summary>
    private static Dictionary<int, string> ReadToUnicode(byte[] map)
    {
        var texts = new Dictionary<int, string>();
        foreach (System.Text.RegularExpressions.Match entry in System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.ASCII.GetString(map), "<([0-9A-F]{4})> <([0-9A-F]*)>"))
        {
            var hex = entry.Groups[2].Value;
            var text = new string(Enumerable.Range(0, hex.Length / 4).Select(i => (char)Convert.ToInt32(hex.Substring(i * 4, 4), 16)).ToArray());
            texts[Convert.ToInt32(entry.Groups[1].Value, 16)] = text;
        }

        return texts;
    }

    /// <summary>Just enough of a TrueType program to read glyph outlines' presence and horizontal metrics.</summary>
    private sealed class FontMetrics
    {
        private readonly byte[] _font;
        private readonly Dictionary<string, (int Offset, int Length)> _tables;
        private readonly int _longMetrics;
        private readonly bool _longLoca;

        public FontMetrics(byte[] font)
        {
            _font = font;
            _tables = TrueTypeTables.Read(font);
            GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(_tables["maxp"].Offset + 4));
            UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(_tables["head"].Offset + 18));
            _longMetrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(_tables["hhea"].Offset + 34));
            _longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(_tables["head"].Offset + 50)) == 1;
        }

        public int GlyphCount { get; }

        public int UnitsPerEm { get; }

        /// <summary>The glyphs a composite glyph is made of (none for a simple one).</summary>
        public IEnumerable<int> Components(int glyph)
        {
            var at = _tables["glyf"].Offset + (int)Loca(glyph);
            if (Loca(glyph + 1) - Loca(glyph) < 10 || BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(at)) >= 0)
            {
                yield break;
            }

            at += 10;
            while (true)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at));
                yield return BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at + 2));
                at += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
                if ((flags & 0x20) == 0)
                {
                    yield break;
                }
            }
        }

        public int Advance(int glyph) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(_tables["hmtx"].Offset + Math.Min(glyph, _longMetrics - 1) * 4));

        private long Loca(int glyph) => _longLoca
            ? BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(_tables["loca"].Offset + glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(_tables["loca"].Offset + glyph * 2)) * 2L;
    }
}
