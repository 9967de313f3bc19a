using System.Globalization;
using TiesReports.Core.Briefings;
using TiesReports.Core.Model;

namespace TiesReports.Core.Localisation;

/// <summary>
/// A language briefs are written in: its glossary texts, CLDR plural categories, dates and numbers. Passed
/// explicitly from the request to the builder and the layout; nothing reads a thread's current culture.
/// </summary>
public sealed class Language
{
    private readonly PluralRules _plurals;

    private Language(string tag, string englishName, string nativeName, string countryNameKey, bool lowerCaseAfterColon = false)
    {
        LowerCaseAfterColon = lowerCaseAfterColon;
        Tag = tag;
        EnglishName = englishName;
        NativeName = nativeName;
        CountryNameKey = countryNameKey;
        Locale = CldrLocales.For(tag);

        // The rules come from CLDR's plurals.json (see LocaleData).
        _plurals = PluralRules.Parse(Locale.Plurals);
    }

    public static Language English { get; } = new("en", "English", "English", "en");

    // Russian punctuation rules write a lower-case letter after a colon that continues the sentence
    // ("Охват: это партнёрство"); a name keeps its capital.
    public static Language Russian { get; } = new("ru", "Russian", "Русский", "ru", lowerCaseAfterColon: true);

    public static Language Chinese { get; } = new("zh-Hans", "Chinese (Simplified)", "简体中文", "zh");

    /// <summary>Every brief language, the default first.</summary>
    public static IReadOnlyList<Language> All { get; } = [English, Russian, Chinese];

    /// <summary>The BCP 47 tag: "en", "ru", "zh-Hans".</summary>
    public string Tag { get; }

    public string EnglishName { get; }

    public string NativeName { get; }

    /// <summary>The language of the CLDR names stored for countries ("en", "ru", "zh").</summary>
    public string CountryNameKey { get; }

    public LocaleData Locale { get; }

    /// <summary>True where a sentence after "Label: " continues in lower case (Russian); English keeps its capital.</summary>
    public bool LowerCaseAfterColon { get; }

    /// <summary>The CLDR plural categories this language distinguishes ("one", "few", "many", "other" for Russian).</summary>
    public IReadOnlySet<string> PluralCategories => Locale.Plurals.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The brief language a BCP 47 tag asks for, by CLDR's likely subtags as far as briefs need them: any English
    /// or Russian tag; Chinese in Simplified script (zh, zh-Hans, zh-CN, zh-SG). Traditional Chinese (zh-Hant,
    /// zh-TW, zh-HK, zh-MO) is not written, so it is no match rather than the wrong script.
    /// </summary>
    public static Language? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-');
        if (parts.Any(p => p.Length == 0 || p.Length > 8 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return null;
        }

        var primary = parts[0].ToLowerInvariant();
        var rest = parts.Skip(1).Select(p => p.ToLowerInvariant()).ToList();
        return primary switch
        {
            "en" => English,
            "ru" => Russian,
            "zh" when rest.Contains("hant") || (!rest.Contains("hans") && rest.Any(r => r is "tw" or "hk" or "mo")) => null,
            "zh" => Chinese,
            _ => null,
        };
    }

    /// <summary>The language with exactly this tag (any case), or null: for values the data and the API accept.</summary>
    public static Language? FromTag(string? tag) => All.FirstOrDefault(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase));

    public static string SupportedTags => string.Join(", ", All.Select(l => l.Tag));

    /// <summary>
    /// Text as it follows "Label: " in this language: in Russian the first word is lowered unless it is a name
    /// (<paramref name="isName"/>, which sees the text) or an abbreviation ("CNY", "США"); otherwise unchanged.
    /// </summary>
    public string AfterColon(string text, Func<string, bool> isName) => LowerCaseAfterColon ? InSentence(text, isName) : text;

    /// <summary>
    /// Text set inside a sentence, in any language: the first word lowered unless it is a name (<paramref name="isName"/>,
    /// which sees the text) or an abbreviation ("CNY", "США"). Chinese has no case and comes back unchanged.
    /// </summary>
    public static string InSentence(string text, Func<string, bool> isName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isName);
        if (text.Length < 2 || !char.IsUpper(text[0]) || !(char.IsLower(text[1]) || text[1] == ' ') || isName(text))
        {
            return text;
        }

        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>The CLDR plural category of a count.</summary>
    public string PluralCategoryOf(decimal count) => _plurals.Select(count);

    /// <summary>A glossary text without placeholders.</summary>
    public string Text(string key) => Format(key);

    /// <summary>A glossary template with its named placeholders filled.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values) =>
        Fill(Glossary.Shipped[key], FormOf(Glossary.Shipped[key], GlossaryEntry.Text), values);

    /// <summary>A glossary plural entry in the form CLDR gives <paramref name="count"/>; "{count}" is the count as a number.</summary>
    public string Count(string key, int count, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var entry = Glossary.Shipped[key];
        var template = FormOf(entry, entry.IsPlural ? PluralCategoryOf(count) : GlossaryEntry.Text);
        return Fill(entry, template, [("count", Formats.Count(count, this)), .. values]);
    }

    /// <summary>
    /// The label of a controlled term: the data's own label for "other" (its labelTranslations entry in this
    /// language, keyed "ru" and "zh" as country names are, else as written), else the glossary's ("sector.energy").
    /// </summary>
    public string Term(string list, string code, OtherLabel? other = null) =>
        code == Vocabulary.OtherCode && other is not null ? other.In(CountryNameKey) : Text($"{list}.{code}");

    public string Country(string code) => Countries.TryGet(code, out var country) ? country.Name(CountryNameKey) : code;

    /// <summary>"27 November 2026", "27 ноября 2026 г.", "2026年11月27日".</summary>
    public string Date(DateOnly date) => DatePattern.Format(Locale.DatePattern, Locale, date.Year, date.Month, date.Day);

    /// <summary>"November 2026", "ноябрь 2026 г.", "2026年11月".</summary>
    public string Month(Month month) => DatePattern.Format(Locale.YearMonthPattern, Locale, month.Year, month.Number);

    /// <summary>A date at the precision the source gives: a day, a month or a year.</summary>
    public string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => Date(date.Start),
        DatePrecision.Month => Month(new Month(date.Year, date.Month!.Value)),
        _ => DatePattern.Format(Locale.YearPattern, Locale, date.Year),
    };

    /// <summary>A month name alone ("November", "ноябрь", "11月").</summary>
    public string MonthName(int month) => Chinese == this ? $"{month.ToString(CultureInfo.InvariantCulture)}月" : Locale.MonthsStandAlone[month - 1];

    /// <summary>A chart's month label ("Nov 26", "нояб. 26", "26年11月").</summary>
    public string ShortMonth(Month month) => DatePattern.Format(Text("format.chart-month"), Locale, month.Year, month.Number);

    /// <summary>"A", "A and B", "A, B and C" in this language's words.</summary>
    public string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => Format("list.last", ("items", string.Join(Text("list.separator"), items.Take(items.Count - 1))), ("last", items[^1])),
        };
    }

    /// <summary>Digits with this language's CLDR decimal and group symbols, from an invariant-culture number.</summary>
    public string LocalDigits(string invariantNumber)
    {
        ArgumentNullException.ThrowIfNull(invariantNumber);
        if (ReferenceEquals(this, English))
        {
            return invariantNumber;
        }

        return string.Concat(invariantNumber.Select(c => c switch { ',' => Locale.Group, '.' => Locale.Decimal, _ => c.ToString() }));
    }

    public override string ToString() => Tag;

    private string FormOf(GlossaryEntry entry, string form) =>
        entry.Forms.TryGetValue(Tag, out var forms) && (forms.TryGetValue(form, out var text) || forms.TryGetValue("other", out text))
            ? text
            : throw new KeyNotFoundException($"The glossary key '{entry.Key}' has no {Tag} text for '{form}'.");

    private static string Fill(GlossaryEntry entry, string template, ReadOnlySpan<(string Name, string Value)> values)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            byName[name] = value;
        }

        return Glossary.Fill(template, name => byName.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"The glossary key '{entry.Key}' needs a value for {{{name}}}."));
    }
}
