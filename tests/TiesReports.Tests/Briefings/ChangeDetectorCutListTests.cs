using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefings;

/// <summary>
/// A partnership brief lists only the first of its home place's other ties, so "what changed" must not call a row
/// gone or new because it crossed the cut, while the partnership's own rows are still compared.
/// </summary>
public sealed class ChangeDetectorCutListTests
{
    private static readonly Month October = new(2026, 10);

    [Fact]
    public void WiderRowBeyondTodaysCut_IsNotCalledGone()
    {
        var previous = new BriefingSnapshot("2026-10", [Item("Office A", wider: true), Item("Office B", wider: true)], ["institution"]);
        var current = new BriefingSnapshot("2026-11", [Item("Office A", wider: true)], ["institution"]);

        var changes = ChangeDetector.Compare(previous, current, October);

        Assert.DoesNotContain(changes.Lines, l => l.StartsWith("No longer recorded", StringComparison.Ordinal));
    }

    [Fact]
    public void SnapshotStoredBeforeCuts_IsNotReadAsRowsGone()
    {
        var previous = new BriefingSnapshot("2026-10", [Item("Office A"), Item("Office B")]);
        var current = new BriefingSnapshot("2026-11", [Item("Office A", wider: true)], ["institution"]);

        var changes = ChangeDetector.Compare(previous, current, October);

        Assert.DoesNotContain(changes.Lines, l => l.Contains("Office B", StringComparison.Ordinal));
    }

    [Fact]
    public void WiderRowThatWasBeyondLastMonthsCut_IsNotCalledNew()
    {
        var previous = new BriefingSnapshot("2026-10", [Item("Office A", wider: true)], ["institution"]);
        var current = new BriefingSnapshot("2026-11", [Item("Office A", wider: true), Item("Office B", wider: true)], ["institution"]);

        var changes = ChangeDetector.Compare(previous, current, October);

        Assert.DoesNotContain(changes.Lines, l => l.Contains("Office B", StringComparison.Ordinal));
    }

    [Fact]
    public void OwnRows_AreStillComparedWhenTheListIsCut()
    {
        var previous = new BriefingSnapshot("2026-10", [Item("Own office"), Item("Office A", wider: true)], ["institution"]);
        var current = new BriefingSnapshot("2026-11", [Item("New own office"), Item("Office A", wider: true)], ["institution"]);

        var changes = ChangeDetector.Compare(previous, current, October);

        Assert.Contains("New institution: New own office.", changes.Lines);
        Assert.Contains("No longer recorded: institution Own office.", changes.Lines);
    }

    [Fact]
    public void PartnershipBriefInACityOfManyPartners_NextMonth_ReportsNoTieGoneOrNew()
    {
        var dataset = SeedData.Load(("s.json", SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 80, TradeYears = 1, EventsPerPartnership = 3 }))).Dataset;
        var builder = new BriefingBuilder(dataset);
        var subject = SyntheticDatasetGenerator.PartnershipId(40);

        var october = builder.Build(new BriefRequest(subject, October));
        var november = builder.Build(new BriefRequest(subject, new Month(2026, 11), october.Snapshot));

        // The data did not change between the two months, so no row is new or gone; upcoming events cross the cut
        // as the months pass.
        Assert.True(october.InstitutionsNotShown > 0 && october.Events.UpcomingNotShown > 0, "the home place's other ties are cut");
        Assert.DoesNotContain(november.Changes.Lines, l => l.StartsWith("New ", StringComparison.Ordinal) || l.StartsWith("No longer recorded", StringComparison.Ordinal));
    }

    private static SnapshotItem Item(string name, bool wider = false) => new("institution", name, name, "", wider);
}
