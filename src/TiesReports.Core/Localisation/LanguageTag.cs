using System.Text.RegularExpressions;

namespace TiesReports.Core.Localisation;

/// <summary>
/// Well-formed BCP 47 language tags (RFC 5646 §2.1: language, extlang, script, region, variants, extensions,
/// private use; not the grandfathered irregular tags). The data schema's languageTag pattern is this same
/// expression, so that editors and the loader agree. Hand-written because the one served parser (ICU4N's
/// ULocale.ForLanguageTag) repairs ill-formed tags instead of refusing them.
/// </summary>
public static partial class LanguageTag
{
    public const string Pattern =
        "^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
        + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$";

    /// <summary>The longest tag accepted; real tags are far shorter, and the schema says the same.</summary>
    public const int MaxLength = 64;

    // .NET's "$" also matches before a final line feed, which no tag has.
    public static bool IsWellFormed(string tag) => tag.Length <= MaxLength && !tag.EndsWith('\n') && WellFormed().IsMatch(tag);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
