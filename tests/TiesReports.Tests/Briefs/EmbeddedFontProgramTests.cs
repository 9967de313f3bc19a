using System.Buffers.Binary;
using TiesReports.Core.Localisation;
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
    public void Brief_EmbeddedTrueTypePrograms_HoldNoMetricsForUndrawnGlyphs(string language)
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.FromTag(language)));

        var programs = TrueTypePrograms(pdf);

        Assert.True(programs.Count >= 3, $"{programs.Count} embedded TrueType programs");
        Assert.All(programs, font =>
        {
            var (drawn, undrawnWithMetrics) = CountGlyphs(font);
            Assert.True(drawn > 1, "a subset draws at least one glyph besides .notdef");
            Assert.Equal(0, undrawnWithMetrics);
        });
    }

    [Fact]
    public void Brief_InChinese_StaysWithin300KiB()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.Chinese));

        Assert.InRange(pdf.Length, 10_000, 300 * 1024);
    }

    private static List<byte[]> TrueTypePrograms(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var programs = new List<byte[]>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is StreamToken stream &&
                stream.StreamDictionary.ContainsKey(NameToken.Length1))
            {
                programs.Add(stream.Decode(DefaultFilterProvider.Instance).ToArray());
            }
        }

        return programs;
    }

    private static (int Drawn, int UndrawnWithMetrics) CountGlyphs(byte[] font)
    {
        var tables = new Dictionary<string, int>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + i * 16);
            tables[System.Text.Encoding.ASCII.GetString(entry[..4])] = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
        }

        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"] + 4));
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hhea"] + 34));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"] + 50)) == 1;
        long Loca(int glyph) => longLoca
            ? BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(tables["loca"] + glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["loca"] + glyph * 2)) * 2L;

        int drawn = 0, undrawnWithMetrics = 0;
        for (var glyph = 1; glyph < glyphs; glyph++)
        {
            if (Loca(glyph + 1) != Loca(glyph))
            {
                drawn++;
                continue;
            }

            var metrics = glyph < longMetrics
                ? font.AsSpan(tables["hmtx"] + glyph * 4, 4)
                : font.AsSpan(tables["hmtx"] + longMetrics * 4 + (glyph - longMetrics) * 2, 2);
            if (metrics.ContainsAnyExcept((byte)0))
            {
                undrawnWithMetrics++;
            }
        }

        return (drawn, undrawnWithMetrics);
    }
}
