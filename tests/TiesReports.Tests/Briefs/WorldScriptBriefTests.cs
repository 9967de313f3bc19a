using System.Text.Json.Nodes;
using TiesReports.Core.Briefings;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace TiesReports.Tests.Briefs;

/// <summary>Place names in the world's scripts reach the page: drawn from the shipped fonts, read back by PdfPig.</summary>
public sealed class WorldScriptBriefTests
{
    /// <summary>Renders the seed's Dalian–Arkhangelsk brief with the two places' native names replaced.</summary>
    internal static byte[] BriefWithNames(string dalianNative, string partnerNative, string? partnerRegion = null)
    {
        var tree = SeedData.Tree();
        var places = tree["places"]!.AsArray();
        places.Single(p => (string?)p!["id"] == "dalian")!["nativeName"] = dalianNative;
        var partner = places.Single(p => (string?)p!["id"] == "arkhangelsk")!;
        partner["nativeName"] = partnerNative;
        if (partnerRegion is not null)
        {
            partner["nativeRegion"] = partnerRegion;
        }

        var result = SeedData.Load((SeedData.FileName, SeedData.ToBytes(tree)));
        Assert.Empty(result.Errors);
        return Infrastructure.Briefs.Render(new BriefingBuilder(result.Dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026)));
    }

    /// <summary>Text in reading (content) order: right-to-left words come back as written, not sorted left to right.</summary>
    private static string AllText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    [Fact]
    public void Brief_WithArabicPlaceName_JoinsLettersRightToLeft()
    {
        var pdf = BriefWithNames("大连市", "مدينة دبي");

        Assert.Contains("مدينة دبي", AllText(pdf), StringComparison.Ordinal);

        // In reading order each Arabic letter stands left of the one before it.
        using var document = PdfDocument.Open(pdf);
        var arabic = document.GetPage(1).Letters.Where(l => l.Value.Length > 0 && l.Value[0] is >= '\u0600' and <= '\u06FF').ToList();
        Assert.True(arabic.Count >= 8, $"{arabic.Count} Arabic letters on page 1");
        var word = arabic.Take(5).ToList();
        Assert.Equal("مدينة", string.Concat(word.Select(l => l.Value)));
        Assert.All(word.Zip(word.Skip(1)), pair => Assert.True(pair.Second.BoundingBox.Left < pair.First.BoundingBox.Left));
    }

    [Fact]
    public void Brief_WithAimEndingInArabicPhraseAndYear_DrawsItsSourceMarkAfterThePhrase()
    {
        // After Arabic letters the year is an Arabic number, and brackets around a number pair with it (bidi rule N0):
        // a mark that were not isolated would be drawn left of the year, inside the right-to-left phrase.
        var tree = SeedData.Tree();
        var aim = tree["partnerships"]!.AsArray().Single(p => (string?)p!["id"] == "dalian-arkhangelsk")!["aims"]![0]!;
        aim["text"] = "Open a joint trade office: مكتب تجاري 2026";
        var result = SeedData.Load((SeedData.FileName, SeedData.ToBytes(tree)));
        Assert.Empty(result.Errors);
        var pdf = Infrastructure.Briefs.Render(new BriefingBuilder(result.Dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026)));

        using var document = PdfDocument.Open(pdf);
        static bool IsArabic(UglyToad.PdfPig.Content.Letter l) => l.Value.Length > 0 && l.Value[0] is >= '\u0600' and <= '\u06FF';
        var page = document.GetPages().Single(p => p.Letters.Any(IsArabic));
        var baseline = page.Letters.First(IsArabic).StartBaseLine.Y;
        var line = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 3).ToList();
        var opening = line.Where(l => l.Value == "[").ToList();
        Assert.Single(opening);
        Assert.Contains(line, l => l.Value == "2" && l.PointSize > opening[0].PointSize);
        Assert.All(line.Where(l => l.Value is not ("[" or "]") && !string.IsNullOrWhiteSpace(l.Value) && l.PointSize > opening[0].PointSize),
            l => Assert.True(l.BoundingBox.Right <= opening[0].BoundingBox.Left + 0.01, $"'{l.Value}' ends at {l.BoundingBox.Right:0.0}, right of the mark at {opening[0].BoundingBox.Left:0.0}"));
    }

    [Fact]
    public void Brief_WithJapaneseAndTraditionalCharactersBesideCommonChinese_RendersThem()
    {
        // 県 岡 連 廣 長 are outside GB 2312, so they come from the full face while 大连 comes from the common cut:
        // two faces that once shared one internal name and crashed PDFsharp.
        var pdf = BriefWithNames("大连市", "岡山県・長岡 連廣ー");

        var text = AllText(pdf);
        Assert.Contains("大连市", text);
        Assert.Contains("岡山県・長岡", text);
        Assert.Contains("連廣ー", text);
    }

    [Fact]
    public void Brief_WithCompatibilityIdeographBesideItsUnifiedTwin_ReadsBackEachAsItself()
    {
        // U+F900 and U+8C48 share one glyph in Source Han Sans SC; the PDF maps each drawn glyph back to one text only.
        var face = TiesReports.Layout.Fonts.FontLibrary.Instance.ChineseRegular;
        Assert.Equal(face.GlyphOf(0x8C48), face.GlyphOf(0xF900));

        var text = AllText(BriefWithNames("大连市", "\uF900\u8C48山"));

        Assert.Contains("\uF900\u8C48山", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("서울특별시", "Korean")]
    [InlineData("ירושלים", "Hebrew")]
    [InlineData("دبي", "Arabic")]
    [InlineData("मुंबई क्षेत्र", "Devanagari")]
    [InlineData("กรุงเทพมหานคร", "Thai")]
    [InlineData("თბილისი", "Georgian")]
    [InlineData("Երևան", "Armenian")]
    [InlineData("Ελευσίνα", "Greek")]
    [InlineData("Thành phố Hồ Chí Minh", "Vietnamese")]
    [InlineData("臺北市", "Traditional Chinese")]
    [InlineData("𠮷野町", "CJK extension B")]
    public void Brief_WithPlaceNameInScript_ExtractsTheName(string name, string script)
    {
        var pdf = BriefWithNames("大连市", name);

        var text = AllText(pdf);
        Assert.True(name.Split(' ').All(text.Contains), $"{script}: '{name}' not found in the extracted text");
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_InLatinCyrillicAndSimplifiedChinese_StaysWithin100KiB()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian());

        Assert.InRange(pdf.Length, 10_000, 100 * 1024);
    }

    [Fact]
    public void Brief_WithManyScripts_StaysWithin300KiB()
    {
        var pdf = BriefWithNames("大连市 서울 東京都", "Москва ירושלים دبي दिल्ली กรุงเทพ თბილისი Երևան 臺北 𠮷", "岡山県 長岡 廣島");

        Assert.InRange(pdf.Length, 10_000, 300 * 1024);
    }
}
