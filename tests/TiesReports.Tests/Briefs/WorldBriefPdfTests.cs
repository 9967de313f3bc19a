using System.Text.Json.Nodes;
using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;
using TiesReports.Tests.CodeLists;

namespace TiesReports.Tests.Briefs;

public sealed class WorldBriefPdfTests
{
    // One or more places on every continent, Antarctica included, with names that need more than ASCII.
    private static readonly string[] EveryContinent = ["AE", "IL", "TH", "BR", "PE", "NG", "CI", "AU", "TO", "DE", "ST", "US", "MX", "AQ"];

    [Fact]
    public void Briefs_WithPartnersOnEveryContinent_PrintEachCountrysName()
    {
        var result = WorldDataset.Load(WorldDataset.Tree(EveryContinent));
        Assert.Empty(result.Errors);
        var builder = new BriefingBuilder(result.Dataset);

        Assert.All(EveryContinent, code =>
        {
            var briefing = builder.Build(new BriefRequest(WorldDataset.PartnershipId(code), new Month(2026, 11)));

            var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));

            Assert.Contains(Countries.EnglishName(code).ToUpperInvariant(), text, StringComparison.Ordinal);
            Assert.Contains("CHINA", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Brief_PrintsAmountsWithEachCurrencysMinorUnits()
    {
        var tree = WorldDataset.Tree(["JP"]);
        tree["trade"] = new JsonArray(
            WorldDataset.Trade("t-jpy", "JPY", 950_000.4m, "2024"),
            WorldDataset.Trade("t-bhd", "BHD", 12_345.6789m, "2025"));
        var text = BriefText(tree, "JP");

        Assert.Contains("JPY 950,000", text, StringComparison.Ordinal);
        Assert.Contains("BHD 12,345.679", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherSector_IsPrintedUnderItsOwnLabel()
    {
        var tree = WorldDataset.Tree(["KE"]);
        tree["partnerships"]![0]!["sectors"] = new JsonArray(
            new JsonObject { ["sector"] = "other", ["label"] = "Wildlife conservation", ["status"] = "agreed", ["sourceId"] = "src" },
            new JsonObject { ["sector"] = "aviation", ["status"] = "proposed", ["sourceId"] = "src" });
        var text = BriefText(tree, "KE");

        Assert.Contains("Wildlife conservation", text, StringComparison.Ordinal);
        Assert.Contains("Aviation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other sectors", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ManySectors_AreArrangedByTopic_InTheTopicsOrder()
    {
        var sectors = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, SectorsPerPartnership = Vocabularies.Sectors.Terms.Count }).Sectors;

        var topics = SectorTopics.Arrange(sectors);

        Assert.Equal(Vocabularies.SectorTopics.Terms.Select(t => t.Label), topics.Select(t => t.Title));
        Assert.Equal(sectors.Count, topics.Sum(t => t.Entries.Count));
        Assert.All(topics, t => Assert.All(t.Entries, e => Assert.Equal(t.Title, Vocabularies.SectorTopics[e.Topic].Label)));
    }

    [Fact]
    public void ManySectors_ArePrintedUnderTheirTopics()
    {
        var briefing = Infrastructure.Briefs.Synthetic(new SyntheticDatasetOptions { Partnerships = 1, SectorsPerPartnership = 3 * Vocabularies.Sectors.Terms.Count });

        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));

        Assert.All(Vocabularies.SectorTopics.Terms, t => Assert.Contains(t.Label, text, StringComparison.Ordinal));
        Assert.Contains("Synthetic sector 1.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FewSectors_StayOneList_InTheDatasOrder()
    {
        var groups = SectorTopics.Arrange(Infrastructure.Briefs.Dalian("dalian-tomsk").Sectors);

        Assert.Null(Assert.Single(groups).Title);
    }

    private static string BriefText(JsonObject tree, string partnerCountry)
    {
        var result = WorldDataset.Load(tree);
        Assert.Empty(result.Errors);
        var briefing = new BriefingBuilder(result.Dataset).Build(new BriefRequest(WorldDataset.PartnershipId(partnerCountry), new Month(2026, 11)));
        return string.Join("\n", Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(briefing)));
    }
}
