using System.Diagnostics;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Fonts;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// The Chinese brief embeds Source Han Sans SC as CID-keyed CFF subsets (CIDFontType0C): PDF tools accept the file,
/// the text reads back, and poppler draws the glyphs.
/// </summary>
public sealed class ChineseCffBriefTests : IDisposable
{
    private static readonly Lazy<byte[]> Pdf = new(() => Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.Chinese)));

    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void ChineseBrief_EmbedsItsChineseFacesAsCidFontType0C_EachSubsetHoldingTheDrawnCidsWithTheirWidths()
    {
        using var document = PdfDocument.Open(Pdf.Value);
        var cffFonts = 0;
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is not DictionaryToken font ||
                !font.TryGet(NameToken.Subtype, out NameToken subtype) || subtype.Data != "CIDFontType0")
            {
                continue;
            }

            var baseFont = ((NameToken)font.Data["BaseFont"]).Data;
            var descriptor = (DictionaryToken)document.Structure.GetObject(((IndirectReferenceToken)font.Data["FontDescriptor"]).Data).Data;
            var program = (StreamToken)document.Structure.GetObject(((IndirectReferenceToken)descriptor.Data["FontFile3"]).Data).Data;
            var bytes = program.Decode(DefaultFilterProvider.Instance).ToArray();
            var cff = CffFont.ReadTable(bytes);
            var widths = (ArrayToken)((ArrayToken)font.Data["W"]).Data[1];

            Assert.Matches(@"^[A-Z]{6}\+SourceHanSansSC-(Regular|Bold)$", baseFont);
            Assert.Equal("CIDFontType0C", ((NameToken)program.StreamDictionary.Data["Subtype"]).Data);
            Assert.False(font.Data.ContainsKey("CIDToGIDMap"), "a CIDFontType0 maps CIDs through its charset");
            Assert.False(program.StreamDictionary.Data.ContainsKey("Filter"), "the CFF program is stored as it is");
            Assert.True(cff.IsCidKeyed);
            Assert.Equal(widths.Data.Count + 1, cff.GlyphCount);
            Assert.Equal(Enumerable.Range(0, cff.GlyphCount), cff.Charset(bytes));

            // The program states each CID's advance as /W does (fonts are 1000 units to the em).
            Assert.Equal(widths.Data.Select(w => (int)((NumericToken)w).Double), Enumerable.Range(1, cff.GlyphCount - 1).Select(cid => cff.AdvanceOf(bytes, cid)));
            cffFonts++;
        }

        Assert.Equal(2, cffFonts);
    }

    [Fact]
    public void ChineseBrief_ReadsBackItsChineseText()
    {
        var briefing = Infrastructure.Briefs.Dalian(language: Language.Chinese);

        var pages = Infrastructure.Briefs.PageTexts(Pdf.Value);

        Assert.All(briefing.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, pages[0], StringComparison.Ordinal));
        Assert.Contains("大连市", pages[0], StringComparison.Ordinal);
        Assert.Contains("阿尔汉格尔斯克", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseBrief_PassesQpdfCheck()
    {
        var path = _work.Combine("zh.pdf");
        await File.WriteAllBytesAsync(path, Pdf.Value);
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add(path);

        using var qpdf = Process.Start(start)!;
        var output = await qpdf.StandardOutput.ReadToEndAsync() + await qpdf.StandardError.ReadToEndAsync();
        await qpdf.WaitForExitAsync();

        Assert.True(qpdf.ExitCode == 0, $"qpdf --check: {output}");
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseBrief_TitleGlyphs_AreDrawnByPoppler_EachItsOwnShape()
    {
        const int dpi = 144;
        var path = _work.Combine("zh.pdf");
        await File.WriteAllBytesAsync(path, Pdf.Value);
        var (width, height, pixels, errors) = await PageImages.RenderFirstPageGrayAsync(path, _work.Combine("zh"), dpi);
        using var document = PdfDocument.Open(Pdf.Value);
        var page = document.GetPage(1);
        var largest = page.Letters.Max(l => l.PointSize);
        var title = page.Letters.Where(l => l.PointSize == largest && l.Value.Length == 1 && l.Value[0] >= 0x4E00).DistinctBy(l => l.Value).ToList();

        // Each distinct title character, cut from the picture at the place PdfPig says it is drawn: it has ink, and
        // no two look alike (a missing glyph would draw blank, or as the same .notdef box).
        var scale = dpi / 72.0;
        var size = (int)(largest * scale);
        var shapes = title.Select(letter =>
        {
            var left = (int)(letter.StartBaseLine.X * scale);
            var top = (int)((page.Height - letter.StartBaseLine.Y - largest * 0.88) * scale);
            var shape = new bool[size * size];
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    var (px, py) = (left + x, top + y);
                    shape[y * size + x] = px < width && py < height && pixels[py * width + px] < 128;
                }
            }

            return (letter.Value, Shape: shape);
        }).ToList();

        Assert.Empty(errors);
        Assert.True(shapes.Count >= 5, $"{shapes.Count} distinct Chinese characters in the title");
        Assert.All(shapes, s => Assert.InRange(s.Shape.Count(ink => ink), size * size / 10, size * size * 3 / 4));
        Assert.Equal(shapes.Count, shapes.Select(s => Convert.ToBase64String(s.Shape.Select(ink => (byte)(ink ? 1 : 0)).ToArray())).Distinct().Count());
    }
}
