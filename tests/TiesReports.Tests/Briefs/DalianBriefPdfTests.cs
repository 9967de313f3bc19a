using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace TiesReports.Tests.Briefs;

/// <summary>The Dalian brief, rendered and read back with a real PDF parser.</summary>
public sealed class DalianBriefPdfTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian()));

    private static string AllText => string.Join("\n", Infrastructure.Briefs.PageTexts(Pdf.Value));

    [Theory]
    [InlineData("At a glance")]
    [InlineData("What changed")]
    [InlineData("Partners and stage")]
    [InlineData("Cooperation sectors")]
    [InlineData("Trade volume")]
    [InlineData("Institutions and connectivity")]
    [InlineData("Events")]
    [InlineData("Sources")]
    public void EverySection_IsInTheText(string heading)
    {
        Assert.Contains(heading, AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesInCyrillicAndChinese_ExtractAsWritten()
    {
        var text = AllText;

        Assert.Contains("大连市", text, StringComparison.Ordinal);
        Assert.Contains("Архангельск", text, StringComparison.Ordinal);
        Assert.Contains("Архангельская область", text, StringComparison.Ordinal);
        Assert.Contains("辽宁省", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFigures_ComeFromTheData()
    {
        var text = AllText;

        Assert.Contains("CNY 43.6 billion", text, StringComparison.Ordinal);
        Assert.Contains("USD 6.0 billion", text, StringComparison.Ordinal);
        Assert.Contains("Implied rate: 1 CNY ≈ 0.14 USD", text, StringComparison.Ordinal);
        Assert.Contains("176", text, StringComparison.Ordinal);
        Assert.Contains("Year not stated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPage_HasPageXOfYFooter()
    {
        var pages = Infrastructure.Briefs.PageTexts(Pdf.Value);

        Assert.InRange(pages.Count, 3, 8);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Outline_HasOneEntryPerSection()
    {
        using var document = PdfDocument.Open(Pdf.Value);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal(["Cover", "At a glance", "What changed", "Partners and stage", "Cooperation sectors", "Trade volume", "Institutions and connectivity", "Events", "Sources"], titles);
        Assert.Contains(bookmarks.Roots.Single(b => b.Title == "Events").Children, c => c.Title == "Upcoming");
        Assert.All(bookmarks.Roots.OfType<DocumentBookmarkNode>(), b => Assert.InRange(b.PageNumber, 1, document.NumberOfPages));
    }

    [Fact]
    public void Metadata_DescribesTheBrief_WithCreationDateFromTheData()
    {
        using var document = PdfDocument.Open(Pdf.Value);
        var info = document.Information;

        Assert.Equal("Dalian – Arkhangelsk — briefing, November 2026", info.Title);
        Assert.Equal("TiesReports", info.Author);
        Assert.Contains("Архангельск", info.Keywords, StringComparison.Ordinal);
        Assert.StartsWith("Partnership briefing for November 2026", info.Subject, StringComparison.Ordinal);
        Assert.StartsWith("D:20261127", info.CreationDate, StringComparison.Ordinal);
        Assert.Contains("/Lang(en)", System.Text.Encoding.Latin1.GetString(Pdf.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void SameData_RendersToIdenticalBytes()
    {
        var again = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian());

        Assert.Equal(Pdf.Value, again);
    }

    [Fact]
    public void DifferentPeriod_RendersToDifferentBytes()
    {
        var other = Infrastructure.Briefs.Render(new Core.Briefings.BriefingBuilder(SeedData.Load((SeedData.FileName, SeedData.Bytes)).Dataset)
            .Build(new Core.Briefings.BriefRequest("dalian-arkhangelsk", new Core.Model.Month(2026, 12))));

        Assert.NotEqual(Pdf.Value, other);
    }

    [Fact]
    public void Fonts_AreEmbeddedSubsets_AndTheFileStaysSmall()
    {
        var raw = System.Text.Encoding.Latin1.GetString(Pdf.Value);

        Assert.Matches(@"/FontName/[A-Z]{6}\+SourceHanSansSC-Regular", raw);
        Assert.Matches(@"/FontName/[A-Z]{6}\+NotoSans-Regular", raw);
        Assert.InRange(Pdf.Value.Length, 10_000, 150 * 1024);
    }

    [Fact]
    public void CityBrief_ListsEveryPartnerOfDalian()
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian("dalian"));
        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(pdf));

        Assert.Contains("Dalian and its partners", text, StringComparison.Ordinal);
        Assert.Contains("Владивосток", text, StringComparison.Ordinal);
        Assert.Contains("Томск", text, StringComparison.Ordinal);
        Assert.Contains("Direct flights", text, StringComparison.Ordinal);
    }
}
