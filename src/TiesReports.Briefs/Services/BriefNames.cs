using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Briefs.Services;

/// <summary>
/// Where a brief is stored in the briefs area: "{subjectId}/{yyyy-MM}.{lang}.pdf" for a brief in Russian or
/// Chinese, and "{subjectId}/{yyyy-MM}.pdf" for English, the name every brief had before briefs had languages.
/// English keeps that name, so no stored brief, link or next month's comparison is lost or orphaned by the
/// change, and an English brief is always exactly one object.
/// </summary>
public static class BriefNames
{
    public static string For(string subjectId, Month period) => For(subjectId, period, Language.English);

    public static string For(string subjectId, Month period, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var reason = SafeId.Check(subjectId);
        if (reason is not null)
        {
            throw new ArgumentException($"Unsafe subject id: {reason}.", nameof(subjectId));
        }

        return language == Language.English ? $"{subjectId}/{period}.pdf" : $"{subjectId}/{period}.{language.Tag}.pdf";
    }

    /// <summary>The briefing model (JSON) stored beside each PDF: "{subjectId}/{yyyy-MM}.json", "….ru.json".</summary>
    public static string ModelFor(string subjectId, Month period) => ModelFor(subjectId, period, Language.English);

    public static string ModelFor(string subjectId, Month period, Language language) => Path.ChangeExtension(For(subjectId, period, language), ".json");

    /// <summary>The prefix every stored brief of one subject and month starts with, in any language.</summary>
    public static string PrefixFor(string subjectId, Month period) => For(subjectId, period)[..^"pdf".Length];

    /// <summary>Reads a stored name back; false for anything that is not a brief.</summary>
    public static bool TryParse(string name, out string subjectId, out Month period) => TryParse(name, out subjectId, out period, out _);

    public static bool TryParse(string name, out string subjectId, out Month period, out Language language)
    {
        ArgumentNullException.ThrowIfNull(name);
        subjectId = "";
        period = default;
        language = Language.English;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !name.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return false;
        }

        subjectId = name[..slash];
        var stem = name[(slash + 1)..^4];
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            // "2026-11.ru": only a brief language other than English; "2026-11.en" is not a name briefs use.
            if (Language.FromTag(stem[(dot + 1)..]) is not { } tagged || tagged == Language.English || tagged.Tag != stem[(dot + 1)..])
            {
                return false;
            }

            language = tagged;
            stem = stem[..dot];
        }

        return SafeId.IsValid(subjectId) && Month.TryParse(stem, out period, out _);
    }
}
