using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Orders a brief's sectors: a short list stays as the data gives it; a long one spanning several groups is
/// split into the groups of <see cref="Vocabularies.SectorGroups"/>, in that list's order, each keeping the
/// data's order inside.
/// </summary>
public static class SectorGrouping
{
    /// <summary>From this many sectors on, a brief lists them by group.</summary>
    public const int GroupFrom = 8;

    public static IReadOnlyList<SectorGroup> Arrange(IReadOnlyList<SectorEntry> sectors)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        var groups = sectors.Select(s => s.Group).Distinct(StringComparer.Ordinal).ToList();
        if (sectors.Count < GroupFrom || groups.Count < 2 || groups.Any(g => !Vocabularies.SectorGroups.TryGet(g, out _)))
        {
            return [new SectorGroup(null, sectors)];
        }

        var order = Vocabularies.SectorGroups.Terms.Select(t => t.Code).ToList();
        return sectors
            .GroupBy(s => s.Group, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key))
            .Select(g => new SectorGroup(Vocabularies.SectorGroups[g.Key].Label, g.ToList()))
            .ToList();
    }
}
