using TiesReports.Core.Localisation;
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

    /// <summary>The group's name after a count, in the form the count asks for ("stated aim", "заявленных целей").</summary>
    public static string Label(SectorGroup group, int count) => Label(group, count, Language.English);

    public static string Label(SectorGroup group, int count, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Count($"sector-group.{Key(group)}", count);
    }

    public static string Heading(SectorGroup group) => Heading(group, Language.English);

    public static string Heading(SectorGroup group, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Text($"sector-group.{Key(group)}.heading");
    }

    public static IReadOnlyList<SectorGroupCount> Count(IEnumerable<SectorEntry> sectors) => Count(sectors, Language.English);

    public static IReadOnlyList<SectorGroupCount> Count(IEnumerable<SectorEntry> sectors, Language language) => sectors
        .GroupBy(s => s.Group)
        .OrderBy(g => g.Key)
        .Select(g => new SectorGroupCount(g.Key, Label(g.Key, g.Count(), language), g.Count()))
        .ToList();

    /// <summary>"5 named in the signed instrument; 10 stated aims and 3 proposals, which are not commitments".</summary>
    public static string Describe(IReadOnlyList<SectorGroupCount> groups) => Describe(groups, Language.English);

    /// <param name="groups">The groups to describe, as <see cref="Count(IEnumerable{SectorEntry}, Language)"/> gives them.</param>
    /// <param name="language">The brief's language.</param>
    /// <param name="withCaveat">Whether talk without any sector in force says "none agreed yet".</param>
    public static string Describe(IReadOnlyList<SectorGroupCount> groups, Language language, bool withCaveat = true)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(language);
        if (groups.Count == 0)
        {
            return language.Text("sector-group.none-recorded");
        }

        string Counted(SectorGroupCount g) => language.Format("sector-group.counted", ("count", Formats.Count(g.Count, language)), ("label", g.Label));
        var inForce = groups.Where(g => InForce(g.Group)).Select(Counted).ToList();
        var talk = groups.Where(g => g.Group is SectorGroup.StatedAim or SectorGroup.Proposed).Select(Counted).ToList();
        var ended = groups.Where(g => g.Group == SectorGroup.PausedOrCompleted).Select(Counted).ToList();
        var parts = new List<string>();
        if (inForce.Count > 0)
        {
            parts.Add(language.List(inForce));
        }

        if (talk.Count > 0)
        {
            parts.Add(inForce.Count > 0
                ? language.Format("sector-group.talk-not-commitments", ("talk", language.List(talk)))
                : withCaveat ? language.Format("sector-group.talk-none-agreed", ("talk", language.List(talk))) : language.List(talk));
        }

        if (ended.Count > 0)
        {
            parts.Add(language.List(ended));
        }

        return string.Join(language.Text("list.clauses"), parts);
    }

    private static string Key(SectorGroup group) => group switch
    {
        SectorGroup.InInstrument => "in-instrument",
        SectorGroup.Agreed => "agreed",
        SectorGroup.Active => "active",
        SectorGroup.StatedAim => "stated-aims",
        SectorGroup.Proposed => "proposals",
        _ => "paused-or-completed",
    };
}
