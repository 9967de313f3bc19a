namespace TiesReports.Core.Localisation;

/// <summary>
/// What CLDR says about writing one language: plural rules, number symbols, month names and date patterns.
/// Generated from the pinned CLDR npm packages into cldr-locales.json (see the test-side generator), so briefs
/// read the same on every machine without ICU at run time.
/// </summary>
/// <param name="CldrLocale">The CLDR locale the data is taken from ("en-GB" for English: day before month).</param>
/// <param name="Plurals">CLDR cardinal plural rules by category, in CLDR's rule syntax (samples removed).</param>
/// <param name="MonthsFormat">Month names as they appear in a date with a day ("ноября").</param>
/// <param name="MonthsStandAlone">Month names on their own or with a year only ("ноябрь").</param>
/// <param name="MonthsAbbreviated">Abbreviated stand-alone month names, for chart labels ("нояб.").</param>
/// <param name="DatePattern">CLDR's long date pattern ("d MMMM y 'г'.").</param>
/// <param name="YearMonthPattern">CLDR's yMMMM pattern ("LLLL y 'г'.").</param>
/// <param name="YearPattern">CLDR's y pattern ("y年").</param>
public sealed record LocaleData(
    string CldrLocale,
    IReadOnlyDictionary<string, string> Plurals,
    string Decimal,
    string Group,
    IReadOnlyList<string> MonthsFormat,
    IReadOnlyList<string> MonthsStandAlone,
    IReadOnlyList<string> MonthsAbbreviated,
    string DatePattern,
    string YearMonthPattern,
    string YearPattern);
