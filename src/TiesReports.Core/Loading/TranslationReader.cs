using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Loading;

/// <summary>
/// Reads an item's <c>translations</c>: <c>{ "ru": { "title": "…" }, "zh-Hans": { … } }</c>, by BCP 47 tag, then
/// by the item's own field names. A brief language is looked up by its exact tag, so a tag that means one in
/// another form ("zh-CN", "ru-RU") is an error naming the tag to write; any other well-formed tag is kept for a
/// language briefs may be written in later. English is the data's own text and is never a translation.
/// </summary>
internal static class TranslationReader
{
    public const string Property = "translations";

    /// <summary>Translations run longer than English (Russian by a third), so every field allows the longest text.</summary>
    public const int MaxLength = JsonObjectReader.DefaultMaxText;

    public static Translations? Read(JsonObjectReader item, params string[] fields)
    {
        if (item.Object(Property, required: false) is not { } languages)
        {
            return null;
        }

        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var firstTag = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in languages.PropertyNames)
        {
            var key = KeyOf(languages, tag);
            if (key is null)
            {
                continue;
            }

            if (!firstTag.TryAdd(key, tag))
            {
                languages.Error(tag, $"the language {key} is translated twice (first as '{SafeId.Printable(firstTag[key])}'); give each language once");
                continue;
            }

            if (languages.Object(tag, required: true) is not { } texts)
            {
                continue;
            }

            if (!texts.PropertyNames.Any())
            {
                languages.Error(tag, $"translates nothing; give at least one of {string.Join(", ", fields)}");
                continue;
            }

            if (ReadTexts(item, texts, fields) is { } read)
            {
                byLanguage[key] = read;
            }
        }

        return byLanguage.Count == 0 ? null : new Translations(byLanguage);
    }

    /// <summary>The key a tag is stored under (a brief language's own tag, else the tag as written), or null after an error.</summary>
    private static string? KeyOf(JsonObjectReader languages, string tag)
    {
        if (!LanguageTag.IsWellFormed(tag))
        {
            languages.Error(tag, $"'{SafeId.Printable(tag)}' is not a well-formed BCP 47 language tag; write for example ru or zh-Hans");
            return null;
        }

        var meant = Language.FromTag(tag) ?? Language.Match(tag);
        if (meant == Language.English)
        {
            languages.Error(tag, "English is the data's own language: the item's fields hold the English text, and translations are into other languages (ru, zh-Hans)");
            return null;
        }

        if (meant is not null && !string.Equals(meant.Tag, tag, StringComparison.OrdinalIgnoreCase))
        {
            languages.Error(tag, $"briefs in {meant.EnglishName} look for the tag {meant.Tag}; write '{meant.Tag}' instead of '{SafeId.Printable(tag)}'");
            return null;
        }

        return meant?.Tag ?? tag;
    }

    private static Dictionary<string, string>? ReadTexts(JsonObjectReader item, JsonObjectReader texts, string[] fields)
    {
        texts.AllowOnly(fields);
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (texts.Has(field) && !texts.HasValue(field))
            {
                texts.Error(field, "expected a string, found null; leave a field out to keep its English text");
                continue;
            }

            if (texts.String(field, required: false, MaxLength) is not { } text)
            {
                continue;
            }

            if (!item.HasValue(field))
            {
                texts.Error(field, $"translates '{field}', which this item does not give");
                continue;
            }

            read[field] = text;
        }

        return read.Count == 0 ? null : read;
    }
}
