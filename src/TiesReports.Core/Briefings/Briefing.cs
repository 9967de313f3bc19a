using System.Text.Json.Serialization;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Everything one brief prints, resolved: every string and number is final and every fact carries its
/// source and its scope. Layout reads only this, never the dataset; its hash names and caches the rendered
/// PDF, and it is stored beside the PDF so next month's brief can say what changed.
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
    IReadOnlyList<string> Notices,
    IReadOnlyList<GlanceLine> Glance,
    ChangeFacts Changes,
    IReadOnlyList<NextStepEntry> NextSteps,
    IReadOnlyList<AssessmentEntry> Assessments,
    IReadOnlyList<string> Summary,
    IReadOnlyList<KeyFigureFact> KeyFigures,
    IReadOnlyList<ContextFact> Context,
    IReadOnlyList<PartnerEntry> Partnerships,
    string? OtherPartners,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<PartnerComparisonRow> Comparison,
    IReadOnlyList<AimEntry> Aims,
    IReadOnlyList<SectorEntry> Sectors,
    IReadOnlyList<SectorGroupCount> SectorGroups,
    TradeFacts Trade,
    IReadOnlyList<InstitutionEntry> Institutions,
    IReadOnlyList<ConnectionEntry> Connections,
    EventFacts Events,
    IReadOnlyList<SourceEntry> Sources,
    string DataNote,
    BriefingSnapshot Snapshot)
{
    /// <summary>The BCP 47 tag of the language every word of the brief is in ("en", "ru", "zh-Hans").</summary>
    public string Language { get; init; } = "en";

    /// <summary>Said once per brief when some text is the data's untranslated source text ("original in English").</summary>
    public string? SourceTextNote { get; init; }

    /// <summary>The home place's other institutions a partnership brief leaves out (it lists the first few; the place brief all).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int InstitutionsNotShown { get; init; }

    /// <summary>The home place's other transport links a partnership brief leaves out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int ConnectionsNotShown { get; init; }

    /// <summary>The language to lay the brief out in; English for a stored briefing written before languages.</summary>
    public Localisation.Language InLanguage() => Localisation.Language.FromTag(Language) ?? Localisation.Language.English;
}
