using TiesReports.Layout.Elements;
using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Layout;

/// <summary>
/// Scripts whose letters join, reorder or run right to left: shaped through the layout layer, placed by the bidi
/// algorithm, and read back from the PDF in reading order. Pages are also rendered with pdftoppm.
/// </summary>
public sealed class ComplexScriptTests : IDisposable
{
    private static readonly TextStyle Style = new(12);
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void ArabicWord_IsShapedIntoJoiningForms_AndDrawnRightToLeft()
    {
        var run = TextLayout.Break("دبي", Style, 500).Single().Runs.Single();
        var face = run.Face;

        Assert.True(run.RightToLeft);
        var shaped = Assert.IsType<ShapedText>(run.Shaped);

        // The first glyph of each letter carries its text (Noto draws some dots as glyphs of their own).
        var letters = shaped.Glyphs.Where(g => g.Glyph.Text.Length > 0).ToList();
        var (dal, beh, yeh) = (letters[0], letters[1], letters[2]);

        // Beh between dal and yeh takes its initial form (dal does not join forward), yeh its final form: not the
        // isolated glyphs the font maps the characters to.
        Assert.NotEqual(face.GlyphOf('ب'), beh.Glyph.Glyph);
        Assert.NotEqual(face.GlyphOf('ي'), yeh.Glyph.Glyph);

        // Reading order is kept; on the page each letter stands left of the one before it.
        Assert.Equal(["د", "ب", "ي"], letters.Select(g => g.Glyph.Text));
        Assert.True(dal.X > beh.X && beh.X > yeh.X);
    }

    [Fact]
    public void MixedLine_PlacesArabicRightToLeft_BetweenLeftToRightLatinAndDigits()
    {
        var line = TextLayout.Break("Dubai دبي 2024", Style, 500).Single();

        var dubai = line.Runs.Single(r => r.Text.Contains("Dubai", StringComparison.Ordinal));
        var arabic = line.Runs.Single(r => r.Text == "دبي");
        var year = line.Runs.Single(r => r.Text.Contains("2024", StringComparison.Ordinal));

        // The runs stay in reading order in the line; the bidi algorithm (W2: digits after Arabic letters are Arabic
        // numbers) shows "Dubai", then the year, then the Arabic word, as any browser does.
        Assert.Equal("Dubai دبي 2024", string.Concat(line.Runs.Select(r => r.Text)));
        Assert.True(dubai.X < year.X && year.X < arabic.X);
    }

    [Fact]
    public void Devanagari_FormsConjuncts_AndPutsTheVowelSignIBeforeItsConsonant()
    {
        var conjunct = TextLayout.Break("क्षेत्र", Style, 500).Single().Runs.Single().Shaped!;
        var vowelRun = TextLayout.Break("कि", Style, 500).Single().Runs.Single();
        var (vowel, face) = (vowelRun.Shaped!, vowelRun.Face);

        // क्ष is one glyph (a conjunct), so there are fewer glyphs than characters.
        Assert.True(conjunct.Glyphs.Count < "क्षेत्र".Length, $"{conjunct.Glyphs.Count} glyphs");
        Assert.StartsWith("क्ष", conjunct.Glyphs[0].Glyph.Text, StringComparison.Ordinal);

        // ि is written after क but drawn before (left of) it.
        var ka = vowel.Glyphs.Single(g => g.Glyph.Glyph == face.GlyphOf('क'));
        var i = vowel.Glyphs.Single(g => g.Glyph.Glyph != face.GlyphOf('क'));
        Assert.True(i.X < ka.X);
    }

    [Fact]
    public void Thai_BreaksBetweenDictionaryWords()
    {
        // "cooperates with China": มี ความ ร่วม มือ กับ จีน, written without spaces.
        string[] words = ["มี", "ความ", "ร่วม", "มือ", "กับ", "จีน"];
        var text = string.Concat(words);
        var wordEnds = words.Select((_, n) => string.Concat(words.Take(n + 1)).Length).ToHashSet();

        var lines = TextLayout.Break(text, Style, TextMeasurer.Width(text, Style) / 2.5).Select(l => string.Concat(l.Runs.Select(r => r.Text))).ToList();

        Assert.True(lines.Count >= 3, string.Join(" | ", lines));
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines.Select((_, n) => string.Concat(lines.Take(n + 1)).Length), end => Assert.Contains(end, wordEnds));
    }

    [Fact]
    public void Pdf_WithArabicHebrewDevanagariAndThai_ReadsBackInReadingOrder()
    {
        string[] texts = ["Dubai دبي 2024", "مدينة دبي", "תל אביב (יפו)", "मुंबई क्षेत्र हिंदी", "กรุงเทพมหานคร"];

        var pdf = Render(texts);

        using var document = PdfDocument.Open(pdf);
        var letters = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        foreach (var text in texts)
        {
            Assert.Contains(text.Replace(" ", "", StringComparison.Ordinal), letters.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Page_WithComplexScripts_RendersToAPicture()
    {
        var pdf = Render(["Dubai دبي 2024", "مدينة دبي", "תל אביב (יפו)", "मुंबई क्षेत्र हिंदी", "กรุงเทพมหานคร"]);
        var path = _work.Combine("scripts.pdf");
        await File.WriteAllBytesAsync(path, pdf);

        var (png, errors) = await PageImages.RenderFirstPageAsync(path, _work.Combine("scripts"), resolution: 80);

        // pdftoppm complains on stderr about fonts it cannot read; a clean run is the check that the fonts are sound.
        Assert.True(errors.Length == 0, $"pdftoppm: {errors}");
        if (Environment.GetEnvironmentVariable("TIESREPORTS_KEEP_PAGES") is { Length: > 0 } keep)
        {
            File.Copy(png, keep, overwrite: true);
            await File.WriteAllBytesAsync(Path.ChangeExtension(keep, ".pdf"), pdf);
        }
    }

    private static byte[] Render(IEnumerable<string> paragraphs) => PdfRenderer.Render(new LayoutDocument(
        new DocumentMetadata("scripts", "", "", "", "en", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)),
        new PageSetup(),
        null,
        [.. paragraphs.Select(p => (Block)new Paragraph(p, new TextStyle(16)))]));
}
