using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// The one computation behind every sector count of a brief (tile, summary and table), so they always agree.
/// Groups follow the force of the basis: in the signed instrument, agreed later, active, stated aims,
/// proposals, paused or completed.
/// </summary>
public static class SectorTally
{
    public static SectorGroup GroupOf(SectorCommitment sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        return sector.Status switch
        {
            "agreed" or "active" when sector.InInstrument => SectorGroup.InInstrument,
            "agreed" => SectorGroup.Agreed,
            "active" => SectorGroup.Active,
            "aim" => SectorGroup.StatedAim,
            "proposed" => SectorGroup.Proposed,
            _ => SectorGroup.PausedOrCompleted,
        };
    }

    /// <summary>Groups that can be said to be in force: signed, agreed or active.</summary>
    public static bool InForce(SectorGroup group) => group is SectorGroup.InInstrument or SectorGroup.Agreed or SectorGroup.Active;

    public static string Label(SectorGroup group, int count) => group switch
    {
        SectorGroup.InInstrument => "named in the signed instrument",
        SectorGroup.Agreed => "agreed",
        SectorGroup.Active => "active",
        SectorGroup.StatedAim => count == 1 ? "stated aim" : "stated aims",
        SectorGroup.Proposed => count == 1 ? "proposal" : "proposals",
        _ => "paused or completed",
    };

    public static string Heading(SectorGroup group) => group switch
    {
        SectorGroup.InInstrument => "Named in the signed instrument",
        SectorGroup.Agreed => "Agreed",
        SectorGroup.Active => "Active",
        SectorGroup.StatedAim => "Stated aims (not commitments)",
        SectorGroup.Proposed => "Proposals (not commitments)",
        _ => "Paused or completed",
    };

    public static IReadOnlyList<SectorGroupCount> Count(IEnumerable<SectorEntry> sectors) => sectors
        .GroupBy(s => s.Group)
        .OrderBy(g => g.Key)
        .Select(g => new SectorGroupCount(g.Key, Label(g.Key, g.Count()), g.Count()))
        .ToList();

    /// <summary>"5 named in the signed instrument; 10 stated aims and 3 proposals, which are not commitments".</summary>
    public static string Describe(IReadOnlyList<SectorGroupCount> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0)
        {
            return "none recorded";
        }

        var inForce = groups.Where(g => InForce(g.Group)).Select(g => $"{g.Count} {g.Label}").ToList();
        var talk = groups.Where(g => g.Group is SectorGroup.StatedAim or SectorGroup.Proposed).Select(g => $"{g.Count} {g.Label}").ToList();
        var ended = groups.Where(g => g.Group == SectorGroup.PausedOrCompleted).Select(g => $"{g.Count} {g.Label}").ToList();
        var parts = new List<string>();
        if (inForce.Count > 0)
        {
            parts.Add(Join(inForce));
        }

        if (talk.Count > 0)
        {
            parts.Add(Join(talk) + (inForce.Count > 0 ? ", which are not commitments" : " — none agreed yet"));
        }

        if (ended.Count > 0)
        {
            parts.Add(Join(ended));
        }

        return string.Join("; ", parts);
    }

    private static string Join(List<string> items) => items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " and " + items[^1];
}
