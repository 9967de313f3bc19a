using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Everything one brief prints, resolved: every string and number is final and every fact carries its
/// source. Layout reads only this, never the dataset, and its hash names and caches the rendered PDF.
/// </summary>
public sealed record Briefing(
    string SubjectId,
    BriefScope Scope,
    Month Period,
    DateOnly AsOf,
    bool Synthetic,
    string Title,
    string Subtitle,
    PlaceName Home,
    IReadOnlyList<PlaceName> Partners,
    IReadOnlyList<string> Summary,
    IReadOnlyList<KeyFigureFact> KeyFigures,
    IReadOnlyList<PartnerEntry> Partnerships,
    IReadOnlyList<AimEntry> Aims,
    IReadOnlyList<SectorEntry> Sectors,
    TradeFacts Trade,
    IReadOnlyList<InstitutionEntry> Institutions,
    IReadOnlyList<ConnectionEntry> Connections,
    EventFacts Events,
    IReadOnlyList<SourceEntry> Sources,
    string DataNote);
