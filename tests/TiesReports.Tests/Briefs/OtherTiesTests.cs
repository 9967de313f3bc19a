using TiesReports.Core.Briefings;
using TiesReports.Core.Synthetic;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// A partnership brief of a city with many partners lists all of its own rows, the first 30 of the city's other
/// ties per table and how many more there are; its summary counts them all, and the place brief lists them all.
/// </summary>
public sealed class OtherTiesTests
{
    private const int Partners = 45;
    private static readonly SyntheticDatasetOptions Hub = new() { Partnerships = Partners, TradeYears = 0, SectorsPerPartnership = 1, EventsPerPartnership = 0 };

    [Fact]
    public void PartnershipBrief_OfACityWith45Partners_ListsItsOwnTiesAndTheFirst30Others_WithTheRestCounted()
    {
        var briefing = Infrastructure.Briefs.Synthetic(Hub);

        // The generator gives each partner one trade office in the hub and one transport link with it.
        Assert.Single(briefing.Institutions, i => i.Scope == FactScope.Partnership);
        Assert.Equal(30, briefing.Institutions.Count(i => i.Scope != FactScope.Partnership));
        Assert.Equal(Partners - 1 - 30, briefing.InstitutionsNotShown);
        Assert.Single(briefing.Connections, c => c.Scope == FactScope.Partnership);
        Assert.Equal(30, briefing.Connections.Count(c => c.Scope != FactScope.Partnership));
        Assert.Equal(Partners - 1 - 30, briefing.ConnectionsNotShown);
        Assert.Contains($"{2 * (Partners - 1)} more belong to Synthia Hub", briefing.Glance.Single(g => g.Label == "Links").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnershipBrief_SaysHowManyMoreThePlaceBriefHas_UnderEachCutTable()
    {
        var pages = Infrastructure.Briefs.PageTexts(Infrastructure.Briefs.Render(Infrastructure.Briefs.Synthetic(Hub)));

        var text = string.Join(" ", pages);
        var note = $"And {Partners - 1 - 30} more of Synthia Hub's other ties, not listed here: see the place brief for Synthia Hub.";
        Assert.Equal(2, text.Split(note).Length - 1);
        Assert.DoesNotContain("Trade office of Synthia 0045", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceBrief_ListsEveryTie()
    {
        var briefing = Infrastructure.Briefs.Synthetic(Hub, SyntheticDatasetGenerator.HubId);

        Assert.Equal(Partners, briefing.Institutions.Count);
        Assert.Equal(Partners, briefing.Connections.Count);
        Assert.Equal(0, briefing.InstitutionsNotShown + briefing.ConnectionsNotShown);
    }
}
