using System.Buffers.Binary;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Fonts;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// The fonts a brief embeds carry what its pages draw and no more: PDFsharp's subsets keep the whole face's glyph ids,
/// and the metrics of undrawn glyphs once made up a third of an English brief.
/// </summary>
public sealed class EmbeddedFontProgramTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Brief_EmbeddedTrueTypePrograms_HoldNoMetricsForUndrawnGlyphs_AndTheWidthsOfDrawnOnes(string language)
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.FromTag(language)));

        var fonts = EmbeddedFonts(pdf);

        Assert.True(fonts.Count >= 3, $"{fonts.Count} embedded TrueType programs");
        Assert.All(fonts, font =>
        {
            var metrics = new FontMetrics(font.Program);
            Assert.True(font.Widths.Count > 1, "a font draws at least one glyph");

            // Every drawn glyph, the space among them, keeps the advance its /W entry states (PDF/A asks for agreement).
            Assert.All(font.Widths, w => Assert.Equal(w.Value, metrics.Advance(w.Key) * 1000.0 / metrics.UnitsPerEm, 0));

            var undrawnWithMetrics = Enumerable.Range(1, metrics.GlyphCount - 1)
                .Count(g => !font.Widths.ContainsKey(g) && !metrics.HasOutline(g) && metrics.HasMetrics(g));
            Assert.Equal(0, undrawnWithMetrics);
        });
    }

    [Fact]
    public void Brief_InChinese_StaysWithin300KiB()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.Chinese));

        Assert.InRange(pdf.Length, 10_000, 300 * 1024);
    }

    private sealed record EmbeddedFont(byte[] Program, Dictionary<int, double> Widths);

    private static List<EmbeddedFont> EmbeddedFonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var fonts = new List<EmbeddedFont>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is not DictionaryToken font ||
                !font.TryGet(NameToken.Subtype, out NameToken subtype) || subtype != NameToken.CidFontType2 ||
                !font.TryGet(NameToken.FontDescriptor, out IndirectReferenceToken descriptorReference) ||
                document.Structure.GetObject(descriptorReference.Data).Data is not DictionaryToken descriptor ||
                !descriptor.TryGet(NameToken.FontFile2, out IndirectReferenceToken programReference) ||
                document.Structure.GetObject(programReference.Data).Data is not StreamToken program)
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

            fonts.Add(new EmbeddedFont(program.Decode(DefaultFilterProvider.Instance).ToArray(), widths));
        }

        return fonts;
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

        public bool HasOutline(int glyph) => Loca(glyph + 1) != Loca(glyph);

        public int Advance(int glyph) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(_tables["hmtx"].Offset + Math.Min(glyph, _longMetrics - 1) * 4));

        public bool HasMetrics(int glyph) => (glyph < _longMetrics
            ? _font.AsSpan(_tables["hmtx"].Offset + glyph * 4, 4)
            : _font.AsSpan(_tables["hmtx"].Offset + _longMetrics * 4 + (glyph - _longMetrics) * 2, 2)).ContainsAnyExcept((byte)0);

        private long Loca(int glyph) => _longLoca
            ? BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(_tables["loca"].Offset + glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(_tables["loca"].Offset + glyph * 2)) * 2L;
    }
}
