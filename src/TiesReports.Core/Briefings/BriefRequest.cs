using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// What to brief on: a partnership id or a place id, and the month the brief is for. <paramref name="Previous"/>
/// is the previous month's stored brief in comparable form, when there is one, for "what changed";
/// <paramref name="Language"/> the language the brief is written in (English when not given).
/// </summary>
public sealed record BriefRequest(string SubjectId, Month Period, BriefingSnapshot? Previous = null, Language? Language = null)
{
    public Language LanguageOrDefault => Language ?? Localisation.Language.English;
}
