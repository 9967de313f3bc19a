using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefs;

/// <summary>Trade charts compare like with like and never claim months nothing was recorded for.</summary>
public sealed class TradeChartTests
{
    [Fact]
    public void YearBars_InAMidYearBrief_LeaveTheYearToDateToTheTable()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 3 }, period: new Month(2025, 6));

        var bars = briefing.Trade.Charts.Single(c => !c.Monthly);

        Assert.Equal(["Annual 2023 (12 months)", "Annual 2024 (12 months)"], bars.Categories);
        Assert.Contains(briefing.Trade.Rows, r => r.Period == "January–June 2025, year to date");
    }

    [Fact]
    public void YearBars_WithOneWholeYearAndAYearToDate_AreNotDrawn()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 2 }, period: new Month(2025, 6));

        Assert.DoesNotContain(briefing.Trade.Charts, c => !c.Monthly);
        Assert.Contains(briefing.Trade.Charts, c => c.Monthly);
    }

    [Fact]
    public void MonthlyChart_StartsAtTheFirstRecordedMonth()
    {
        // Two years of data (2024–2025) and a June 2025 brief: the 24-month window would open in July 2023.
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 2 }, period: new Month(2025, 6));

        var monthly = briefing.Trade.Charts.Single(c => c.Monthly);

        Assert.Equal("Jan 24", monthly.Categories[0]);
        Assert.Equal("Jun 25", monthly.Categories[^1]);
        Assert.Equal(18, monthly.Categories.Count);
        Assert.StartsWith("Monthly trade, January 2024 – June 2025", monthly.Title, StringComparison.Ordinal);
        Assert.All(monthly.Series, s => Assert.NotNull(s.Values[0]));
    }

    [Fact]
    public void MonthlyChart_WithLongHistory_ShowsTheLast24Months()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 4 }, period: new Month(2025, 12));

        var monthly = briefing.Trade.Charts.Single(c => c.Monthly);

        Assert.Equal(24, monthly.Categories.Count);
        Assert.Equal("Jan 24", monthly.Categories[0]);
    }

    [Fact]
    public void ChartAxis_PrintsEveryTickWithTheSameDecimals()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 2 }, period: new Month(2025, 6));

        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));

        // CNY 80–200 million a month: a scale such as 0, 50, 100, 150, 200 (CNY million), not 0, 50.0, 100.0.
        var axis = System.Text.RegularExpressions.Regex.Match(text, @"CNY million (?<ticks>[\d., ]+?) Jan 24");
        Assert.True(axis.Success, "the monthly chart's value axis");
        var ticks = axis.Groups["ticks"].Value.Split(' ');
        Assert.True(ticks.Length >= 3, string.Join(" | ", ticks));
        Assert.Equal("0", ticks[^1]);
        Assert.All(ticks, t => Assert.DoesNotContain(".", t, StringComparison.Ordinal));
    }

    [Fact]
    public void ChartLabels_InRussian_UseTheRussianDecimalComma()
    {
        var dataset = SeedData.Load(("s.json", SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 1, TradeYears = 3 }))).Dataset;
        var briefing = new BriefingBuilder(dataset).Build(new BriefRequest(SyntheticDatasetGenerator.PartnershipId(0), new Month(2025, 12), Language: Language.Russian));
        var bars = briefing.Trade.Charts.Single(c => !c.Monthly);

        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));

        var label = Formats.InUnit(bars.Series[0].Values[^1]!.Value, bars.Divisor, bars.Currency, Language.Russian);
        Assert.Contains(",", label, StringComparison.Ordinal);
        Assert.Contains(label, text, StringComparison.Ordinal);
    }
}
