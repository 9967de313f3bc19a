using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Briefs;

public sealed class SyntheticBriefPdfTests
{
    [Fact]
    public void LongSectorTable_SplitsAcrossPages_AndRepeatsItsHeader()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 2, SectorsPerPartnership = 90 });

        var pages = Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing));

        var withSectorHeader = pages.Count(p => p.Contains("Sector Status Partner Notes", StringComparison.Ordinal));
        Assert.True(withSectorHeader >= 2, $"the sector table header appears on {withSectorHeader} page(s)");
    }

    [Fact]
    public void SourceWithUrl_IsAHyperlink()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1 });

        using var document = PdfDocument.Open(Infrastructure.Briefs.Render(briefing));

        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).ToList();
        Assert.Contains(links, l => l.Uri == "https://example.org/tiesreports/synthetic");
    }

    [Fact]
    public void SyntheticData_IsMarkedOnEveryPage()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1 });

        var pages = Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing));

        Assert.All(pages, p => Assert.Contains("SYNTHETIC DATA", p, StringComparison.Ordinal));
    }

    [Fact]
    public void MonthlyTrade_GivesAnnualTotalsAndYearOnYearChange_FromTheFigures()
    {
        var options = new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 3 };
        var dataset = SeedData.Load(("s.json", SyntheticDatasetGenerator.Generate(options))).Dataset;
        decimal Year(int y) => dataset.Trade.Where(t => t.Period.Date!.Value.Year == y).Sum(t => t.Value);
        var expected = (Year(2025) - Year(2024)) / Year(2024) * 100;

        var briefing = Infrastructure.Briefs.Synthetic(options);

        var trade = briefing.KeyFigures.Single(k => k.Label.StartsWith("Trade", StringComparison.Ordinal));
        Assert.Equal("Trade, annual 2025 (12 months)", trade.Label);
        Assert.Equal(Core.Briefings.Formats.Money(Year(2025), "CNY"), trade.Value);
        Assert.Contains(Core.Briefings.Formats.Percent(expected), trade.Detail, StringComparison.Ordinal);
        Assert.Contains(briefing.Trade.Rows, r => r.Period == "Annual 2025 (12 months)" && r.Value == Core.Briefings.Formats.Money(Year(2025), "CNY"));
        Assert.Equal(2, briefing.Trade.Charts.Count);
    }

    [Fact]
    public void SectionsWithoutData_SaySoInOneLine()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 0, SectorsPerPartnership = 0, EventsPerPartnership = 0 });

        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));

        Assert.Contains("No cooperation sectors in the data for this brief.", text, StringComparison.Ordinal);
        Assert.Contains("No trade figures up to this period in the data for this brief.", text, StringComparison.Ordinal);
        Assert.Contains("No upcoming events in the data for this brief.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TradeAfterThePeriod_IsLeftOut()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 2 }, period: new Core.Model.Month(2024, 6));

        Assert.All(briefing.Trade.Rows, r => Assert.EndsWith("2024, year to date", r.Period, StringComparison.Ordinal));
        Assert.Contains(briefing.Trade.Rows, r => r.Period == "January–June 2024, year to date");
    }

    [Fact]
    public void BriefWithLinks_RendersToIdenticalBytes()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 2 });

        Assert.Equal(Infrastructure.Briefs.Render(briefing), Infrastructure.Briefs.Render(briefing));
    }

    [Fact]
    public async Task BriefWithLinks_IsIdenticalAcrossProcesses()
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.Combine("s.json"), SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 2 }));

        var first = await CliRunner.RunAsync(folder.Path, "brief", SyntheticDatasetGenerator.PartnershipId(0), "--data", folder.Path, "--out", "a.pdf");
        var second = await CliRunner.RunAsync(folder.Path, "brief", SyntheticDatasetGenerator.PartnershipId(0), "--data", folder.Path, "--out", "b.pdf");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(folder.Combine("a.pdf")), await File.ReadAllBytesAsync(folder.Combine("b.pdf")));
    }
}
