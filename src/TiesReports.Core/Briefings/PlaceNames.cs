using System.Runtime.CompilerServices;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Text from the data in the brief's language: a place by its own name where the brief is in the place's own
/// language (Архангельск in Russian, 大连市 in Chinese), else by the data's translation, else by the source
/// text. Free text likewise takes the data's translation or stays as written; whether any source text was used
/// is remembered, so the brief can say so once.
/// </summary>
internal sealed class PlaceNames(Dataset dataset, Language language)
{
    /// <summary>The brief language of a country's own place names, for the countries whose language briefs are written in.</summary>
    private static readonly Dictionary<string, Language> OwnLanguage = new(StringComparer.Ordinal)
    {
        ["CN"] = Language.Chinese,
        ["SG"] = Language.Chinese,
        ["RU"] = Language.Russian,
        ["BY"] = Language.Russian,
    };

    /// <summary>True once any text of the brief is the data's untranslated source text.</summary>
    public bool UsedSourceText { get; private set; }

    public string Of(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (language == Language.English)
        {
            return place.Name;
        }

        if (IsOwnLanguage(place))
        {
            return place.NativeName;
        }

        return Source(place.Name, place.Translations, "name");
    }

    /// <summary>The place's region as <see cref="Of(Place)"/> names places.</summary>
    public string? RegionOf(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.Region is null || language == Language.English)
        {
            return place.Region;
        }

        return IsOwnLanguage(place) && place.NativeRegion is not null ? place.NativeRegion : Source(place.Region, place.Translations, "region");
    }

    /// <summary>
    /// The first words of every place and person name in the data, in every language it writes them: built once
    /// per loaded dataset, and only when a Russian brief asks, so no brief scans the whole dataset for it.
    /// </summary>
    private static readonly ConditionalWeakTable<Dataset, HashSet<string>> NameWords = new();

    /// <summary>True when <paramref name="text"/> starts with (the first word of) a place or person name of the data.</summary>
    public bool StartsWithName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NameWords.GetValue(dataset, FirstWordsOfNames).Contains(FirstWord(text));
    }

    public string Of(string placeId) => dataset.FindPlace(placeId) is { } place ? Of(place) : placeId;

    private static HashSet<string> FirstWordsOfNames(Dataset dataset)
    {
        static IEnumerable<string> Translated(Translations? translations) =>
            translations is null ? [] : translations.Languages.Select(l => translations.Of(l, "name")).OfType<string>();

        return dataset.Places.SelectMany(p => Translated(p.Translations).Append(p.Name).Append(p.NativeName))
            .Concat(dataset.Partnerships.SelectMany(p => p.People).SelectMany(p => Translated(p.Translations).Append(p.Name)))
            .Select(FirstWord)
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Letters, digits, hyphens and apostrophes from the start ("Санкт-Петербург" is one word).</summary>
    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '\'' or '’'))
        {
            end++;
        }

        return text[..end];
    }

    private bool IsOwnLanguage(Place place) => OwnLanguage.TryGetValue(place.Country, out var own) && own == language;

    /// <summary>
    /// A person's name as the data writes it in the brief's language, else as written, unmarked: a name in Latin
    /// letters is a transliteration, not English text.
    /// </summary>
    public string Translated(string text, Translations? translations, string field) =>
        language == Language.English ? text : translations?.Of(language.Tag, field) ?? text;

    /// <summary>A controlled term's label (<see cref="Language.Term"/>); an "other" label without a translation is source text.</summary>
    public string Term(string list, string code, OtherLabel? other)
    {
        var label = language.Term(list, code, other);
        if (language != Language.English && other is not null && code == Vocabulary.OtherCode && label == other.Text && !other.Translations.ContainsKey(language.CountryNameKey))
        {
            UsedSourceText = true;
        }

        return label;
    }

    /// <summary>The data's translation of a field, or its source text (remembered as used).</summary>
    public string Source(string text, Translations? translations, string field = "text")
    {
        if (language == Language.English)
        {
            return text;
        }

        if (translations?.Of(language.Tag, field) is { } translated)
        {
            return translated;
        }

        UsedSourceText = true;
        return text;
    }
}
