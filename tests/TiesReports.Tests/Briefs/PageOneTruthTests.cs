using System.Text.Json.Nodes;
using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// Page 1 as its reader takes it: only the partnership's own facts are stated as the partnership's, context is
/// labelled on the spot, counts agree everywhere, words keep the source's force, time is relative to both the
/// period and the data's as-of date.
/// </summary>
public sealed class PageOneTruthTests
{
    private const string Source = "chinadaily-dalian-russian-cities";

    private static readonly Lazy<Briefing> Dalian = new(() => Infrastructure.Briefs.Dalian());

    private static readonly Lazy<string> PageOne = new(() => Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(Dalian.Value))[0]);

    [Fact]
    public void DalianArkhangelskPageOne_ShowsTheRussiaWideTradeOnlyInALabelledContextLine()
    {
        var briefing = Dalian.Value;

        Assert.DoesNotContain(briefing.Glance, g => g.Text.Contains("43.6", StringComparison.Ordinal));
        Assert.DoesNotContain(briefing.KeyFigures, k => k.Value.Contains("43.6", StringComparison.Ordinal) || k.Detail.Contains("43.6", StringComparison.Ordinal));
        var context = Assert.Single(briefing.Context, c => c.Text.Contains("CNY 43.6 billion", StringComparison.Ordinal));
        Assert.Contains("not specific to Arkhangelsk", context.Label, StringComparison.Ordinal);

        var page = PageOne.Value;
        var figure = page.IndexOf("CNY 43.6 billion", StringComparison.Ordinal);
        Assert.True(figure > 0, "page 1 carries the context figure");
        Assert.Equal(figure, page.LastIndexOf("CNY 43.6 billion", StringComparison.Ordinal));
        var label = page.LastIndexOf("not specific to Arkhangelsk", figure, StringComparison.Ordinal);
        Assert.InRange(figure - label, 1, 120);
    }

    [Fact]
    public void PlaceBriefPageOne_NamesEachPartnerWithItsStage()
    {
        var briefing = Infrastructure.Briefs.Dalian("dalian");
        var dataset = SeedData.Load((SeedData.FileName, SeedData.Bytes)).Dataset;

        var partners = briefing.Glance.Single(g => g.Label == "Partners").Text;

        var all = dataset.Partnerships.Where(p => p.PlaceIds.Contains("dalian")).ToList();
        Assert.True(all.Count >= 2, "the seed has several Dalian partnerships");
        Assert.All(all, p => Assert.Contains(
            $"{dataset.FindPlace(p.PartnerOf("dalian"))!.Name} ({Core.Localisation.Language.English.Term("stage", p.Stage).ToLowerInvariant()})",
            partners,
            StringComparison.Ordinal));
    }

    [Fact]
    public void DalianArkhangelsk_CountsOnlyTheLinksBetweenTheTwoPlaces()
    {
        var briefing = Dalian.Value;

        var links = briefing.Glance.Single(g => g.Label == "Links").Text;
        Assert.StartsWith("No institution or transport link is recorded between Dalian and Arkhangelsk", links, StringComparison.Ordinal);
        Assert.All(briefing.Institutions, i => Assert.NotEqual(FactScope.Partnership, i.Scope));
        Assert.Equal(FactScope.OtherPartner, Assert.Single(briefing.Connections).Scope);
        Assert.Contains("Another partner of Dalian", briefing.Connections[0].ScopeNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Sectors_AreGroupedByTheForceOfTheirBasis_AndEveryCountAgrees()
    {
        var briefing = Dalian.Value;
        var groups = briefing.SectorGroups.ToDictionary(g => g.Group, g => g.Count);

        Assert.Equal(new Dictionary<SectorGroup, int> { [SectorGroup.InInstrument] = 5, [SectorGroup.StatedAim] = 10, [SectorGroup.Proposed] = 3 }, groups);
        Assert.Equal(briefing.Sectors.Count, groups.Values.Sum());
        Assert.Equal("5", briefing.KeyFigures.Single(k => k.Label == "Sectors in the signed instrument").Value);
        Assert.Equal("13", briefing.KeyFigures.Single(k => k.Label == "Under discussion").Value);
        Assert.Equal("5 named in the signed instrument; 10 stated aims and 3 proposals, which are not commitments.", briefing.Glance.Single(g => g.Label == "Sectors").Text);
        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));
        Assert.Contains("Named in the signed instrument — 5", text, StringComparison.Ordinal);
        Assert.Contains("Stated aims (not commitments) — 10", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sector commitments", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(6_000_000_000, 43_600_000_000, "≈ 0.14")]
    [InlineData(6_100_000_000, 43_600_000_000, "≈ 0.14")]
    [InlineData(6_123_000_000, 43_600_000_000, "≈ 0.140")]
    [InlineData(1_000, 7, "≈ 140")]
    public void DerivedRate_CarriesNoMoreSignificantDigitsThanItsInputs(decimal numerator, decimal denominator, string expected)
    {
        Assert.Equal(expected, Precision.ApproximateRatio(numerator, denominator));
    }

    [Fact]
    public void ImpliedRate_OnTheDalianBrief_IsApproximate()
    {
        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(Dalian.Value)));

        Assert.Contains("1 CNY ≈ 0.14 USD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.137", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoReporters_AreShownSideBySide_WithTheirDifference_AndNeitherIsPickedSilently()
    {
        var briefing = Build(tree =>
        {
            AddTrade(tree, "dalian", "arkhangelsk", "2024", 1_000_000_000, "CNY");
            AddTrade(tree, "dalian", "arkhangelsk", "2025", 1_200_000_000, "CNY");
            AddTrade(tree, "arkhangelsk", "dalian", "2024", 1_100_000_000, "CNY");
            AddTrade(tree, "arkhangelsk", "dalian", "2025", 900_000_000, "CNY");
        });

        Assert.Equal(2, briefing.Trade.ReporterComparisons.Count);
        Assert.Equal($"Annual 2025: the Dalian side reports {Money(1_200_000_000, "CNY")}; the Arkhangelsk side reports {Money(900_000_000, "CNY")} — a difference of {Money(300_000_000, "CNY")} (33.3% of the smaller).", briefing.Trade.ReporterComparisons[1]);
        var tile = briefing.KeyFigures.Single(k => k.Label.StartsWith("Trade", StringComparison.Ordinal));
        Assert.Contains("Reported by the Dalian side", tile.Detail, StringComparison.Ordinal);
        Assert.Contains($"The Arkhangelsk side reports {Money(900_000_000, "CNY")} for the same period.", tile.Detail, StringComparison.Ordinal);
        var trade = briefing.Glance.Single(g => g.Label == "Trade").Text;
        Assert.Contains("as reported by the Dalian side, +20.0%", trade, StringComparison.Ordinal);
        Assert.Contains("as reported by the Arkhangelsk side, −18.2%", trade, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyFigureOfThePeriod_IsNamedUnderThisMonth_AndEveryTotalSaysWhatItCovers()
    {
        var briefing = Build(tree =>
        {
            AddTrade(tree, "dalian", "arkhangelsk", "2026-10", 80_000_000, "CNY");
            AddTrade(tree, "dalian", "arkhangelsk", "2026-11", 95_000_000, "CNY");
            AddTrade(tree, "dalian", "arkhangelsk", "2026-12", 99_000_000, "CNY");
        });

        Assert.Equal($"Trade in November 2026 {Money(95_000_000, "CNY")}, reported by the Dalian side.", briefing.Glance.Single(g => g.Label == "This month").Text);
        Assert.Contains(briefing.Trade.Rows, r => r.Period == "October–November 2026, 2 months" && r.Value == Money(175_000_000, "CNY"));
        var table = Assert.Single(briefing.Trade.Monthly);
        Assert.Equal(Money(95_000_000, "CNY"), table.Rows[10].Year);
        Assert.Equal("(after this period)", table.Rows[11].Year);
    }

    [Fact]
    public void Headline_NeverRanksAmountsInDifferentCurrencies()
    {
        var briefing = Build(tree =>
        {
            AddTrade(tree, "arkhangelsk", "dalian", "2025", 90_000_000_000, "RUB");
            AddTrade(tree, "dalian", "arkhangelsk", "2025", 1_000_000_000, "CNY");
        });

        var tile = briefing.KeyFigures.Single(k => k.Label.StartsWith("Trade", StringComparison.Ordinal));
        Assert.Equal(Money(1_000_000_000, "CNY"), tile.Value);
        Assert.Contains($"Annual 2025: the Dalian side reports {Money(1_000_000_000, "CNY")}; the Arkhangelsk side reports {Money(90_000_000_000, "RUB")} — in different currencies, so not compared.", briefing.Trade.ReporterComparisons);
    }

    [Fact]
    public void Upcoming_MeansAfterThePeriodAndAfterTheAsOfDate()
    {
        var briefing = Build(
            tree =>
            {
                AddEvent(tree, "past-visit", "2026-09-10");
                AddEvent(tree, "future-forum", "2027-03-01");
            },
            new Month(2026, 8));

        Assert.Equal(["Future forum"], briefing.Events.Upcoming.Select(e => e.Name));
        Assert.Equal(1, briefing.Events.LaterNotShown);
        Assert.DoesNotContain(briefing.Events.Upcoming, e => e.Name == "Past visit");
    }

    [Fact]
    public void PartnershipBrief_NamesThePlacesOtherPartnersWithTheirStage()
    {
        Assert.Equal("Dalian's other partners: Vladivostok (friendly relations), Tomsk (friendly relations).", Dalian.Value.OtherPartners);
    }

    [Fact]
    public void NextStep_FromTheSeed_IsOnPageOne_WithWhoAndWhen()
    {
        var line = Dalian.Value.Glance.Single(g => g.Label == "Next step");

        Assert.StartsWith("Speed up the process of establishing a friendly relationship", line.Text, StringComparison.Ordinal);
        Assert.Contains("Who: The governments of Dalian and Arkhangelsk. When: No date stated.", line.Text, StringComparison.Ordinal);
        Assert.Contains("Speed up the process", PageOne.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnershipWithoutNextStepsOrAssessment_SaysNoneStated_AndShowsNoAssessment()
    {
        var tomsk = new BriefingBuilder(SeedData.Load((SeedData.FileName, SeedData.Bytes)).Dataset).Build(new BriefRequest("dalian-tomsk", Infrastructure.Briefs.November2026));

        Assert.Equal("None stated in the sources.", tomsk.Glance.Single(g => g.Label == "Next step").Text);
        Assert.Empty(tomsk.Assessments);
    }

    [Fact]
    public void AssessmentAndStageHistory_WhenPresent_AreShownWithAuthorDateAndTimeline()
    {
        var briefing = Build(tree =>
        {
            var p = Partnership(tree);
            p["stageHistory"] = new JsonArray(new JsonObject { ["stage"] = "contact", ["date"] = "2019-05", ["sourceId"] = Source });
            p["assessment"] = new JsonObject { ["text"] = "Momentum is real but nothing is funded yet.", ["author"] = "A. Analyst", ["date"] = "2026-11-20", ["sourceId"] = Source };
        });

        var assessment = Assert.Single(briefing.Assessments);
        Assert.Equal("A. Analyst", assessment.Author);
        Assert.Equal("20 November 2026", assessment.Date);
        Assert.Equal([("May 2019", "Initial contact"), ("Date not stated", "Memorandum signed")], briefing.Timeline.Select(t => (t.When, t.Stage)));
        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));
        Assert.Contains("Momentum is real but nothing is funded yet.", text, StringComparison.Ordinal);
        Assert.Contains("Stage history", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodBeforeTheFirstRecordedStep_SaysThePartnershipDidNotExistYet()
    {
        var briefing = Build(
            tree => Partnership(tree)["stageHistory"] = new JsonArray(new JsonObject { ["stage"] = "contact", ["date"] = "2019-05", ["sourceId"] = Source }),
            new Month(2015, 3));

        Assert.Contains("In March 2015 this partnership did not exist yet: its first recorded step is dated May 2019.", briefing.Notices);
        Assert.Equal("Not yet established in March 2015.", briefing.Glance.Single(g => g.Label == "Stage").Text);
    }

    [Fact]
    public void PlaceBrief_BeforeAPartnershipsFirstStep_GivesItsStageAsOfThatMonth()
    {
        var result = SeedData.LoadBroken(tree => Partnership(tree)["stageHistory"] = new JsonArray(new JsonObject { ["stage"] = "contact", ["date"] = "2019-05", ["sourceId"] = Source }));
        Assert.Empty(result.Errors);

        var briefing = new BriefingBuilder(result.Dataset).Build(new BriefRequest("dalian", new Month(2015, 3)));

        var partners = briefing.Glance.Single(g => g.Label == "Partners").Text;
        Assert.Contains("Arkhangelsk (not yet established in March 2015)", partners, StringComparison.Ordinal);
        Assert.DoesNotContain("Arkhangelsk (memorandum signed)", partners, StringComparison.Ordinal);
        Assert.Contains(briefing.Comparison, r => r.Stage == "Not yet established in March 2015");
    }

    [Theory]
    [InlineData("Arkhangelsk officials called it recent.", "Arkhangelsk officials called it recent")]
    [InlineData("Signed 'recently', by an undated article.", "signed 'recently', by an undated article")]
    public void UndatedStage_SetsItsNoteInTheSentence_KeepingTheCapitalOfAName(string note, string expected)
    {
        var briefing = Build(tree => Partnership(tree)["sinceNote"] = note);

        Assert.Contains(expected, briefing.Glance.Single(g => g.Label == "Stage").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodAfterTheAsOfDate_CarriesANoticeOnPageOne()
    {
        var briefing = Build(_ => { }, new Month(2027, 2));

        Assert.Contains(briefing.Notices, n => n.StartsWith("This brief is for February 2027, after the data's as-of date (27 November 2026)", StringComparison.Ordinal));
        var page = Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing))[0];
        Assert.Contains("after the data's as-of date", page, StringComparison.Ordinal);
    }

    [Fact]
    public void UndatedFigure_IsNotPlacedInAPeriodLongBeforeTheData()
    {
        var briefing = Build(_ => { }, new Month(1995, 1));

        Assert.DoesNotContain(briefing.Context, c => c.Text.Contains("43.6", StringComparison.Ordinal));
        Assert.Empty(briefing.Trade.Rows);
        Assert.Empty(briefing.Events.Earlier);
    }

    [Fact]
    public void PlaceBrief_ComparesItsPartnershipsByPartner()
    {
        var briefing = Infrastructure.Briefs.Dalian("dalian");

        Assert.Equal(["Arkhangelsk", "Vladivostok", "Tomsk"], briefing.Comparison.Select(c => c.Partner.Name));
        var arkhangelsk = briefing.Comparison[0];
        Assert.Equal("Memorandum signed", arkhangelsk.Stage);
        Assert.Equal("Economy and trade, Culture, Education, Sports, Youth exchanges", arkhangelsk.SectorsInForce);
        Assert.Equal("Not recorded", arkhangelsk.LatestTrade);
        Assert.Equal("None in force", briefing.Comparison[2].SectorsInForce);
    }

    [Fact]
    public void SectorNamedInTheInstrument_WithAStatusOfAim_IsRejected()
    {
        var result = SeedData.LoadBroken(tree => Partnership(tree)["sectors"]![5]!["inInstrument"] = true);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.partnerships[0].sectors[5].inInstrument", error.Path);
        Assert.Contains("cannot have status 'aim'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentWithoutAuthor_IsRejectedWithItsPath()
    {
        var result = SeedData.LoadBroken(tree => Partnership(tree)["assessment"] = new JsonObject { ["text"] = "Good.", ["date"] = "2026-11-01", ["sourceId"] = Source });

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.partnerships[0].assessment.author", error.Path);
    }

    private static Briefing Build(Action<JsonObject> change, Month? period = null)
    {
        var result = SeedData.LoadBroken(change);
        Assert.Empty(result.Errors);
        return new BriefingBuilder(result.Dataset).Build(new BriefRequest("dalian-arkhangelsk", period ?? Infrastructure.Briefs.November2026));
    }

    private static string Money(decimal value, string currency) => Formats.Money(value, currency);

    private static JsonObject Partnership(JsonObject tree) => tree["partnerships"]![0]!.AsObject();

    private static void AddTrade(JsonObject tree, string reporter, string counterpart, string period, decimal value, string currency) =>
        tree["trade"]!.AsArray().Add(new JsonObject
        {
            ["id"] = $"{reporter}-{counterpart}-{period}-{currency}".ToLowerInvariant(),
            ["reporterId"] = reporter,
            ["counterpartId"] = counterpart,
            ["period"] = period,
            ["value"] = value,
            ["currency"] = currency,
            ["sourceId"] = Source,
        });

    private static void AddEvent(JsonObject tree, string id, string start) =>
        tree["events"]!.AsArray().Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' '),
            ["kind"] = "forum",
            ["placeId"] = "dalian",
            ["relatedPlaceIds"] = new JsonArray("arkhangelsk"),
            ["start"] = start,
            ["sourceId"] = Source,
        });
}
