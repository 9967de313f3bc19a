using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Localisation;

/// <summary>
/// Generates src/TiesReports.Core/Localisation/cldr-locales.json from the CLDR packages pinned in package.json
/// (cldr-core plural rules, cldr-numbers-full symbols, cldr-dates-full month names and patterns). English takes
/// its patterns from en-GB (day before month, as briefs have always printed dates) and its names from en
/// ("Sep", not en-GB's "Sept"); Simplified Chinese is CLDR's zh (zh-Hans-CN).
/// </summary>
internal static class CldrLocaleGenerator
{
    private static readonly (string Tag, string PatternLocale, string NameLocale, string PluralLanguage)[] Locales =
        [("en", "en-GB", "en", "en"), ("ru", "ru", "ru", "ru"), ("zh-Hans", "zh", "zh", "zh")];

    public static string TargetPath => Path.Combine(RepoPaths.Root, "src", "TiesReports.Core", "Localisation", "cldr-locales.json");

    public static string Generate()
    {
        var modules = RepoPaths.NodeModules;
        var plurals = Read(modules, "cldr-core", "supplemental", "plurals.json")["supplemental"]!["plurals-type-cardinal"]!;
        var locales = new JsonObject();
        foreach (var (tag, patternLocale, nameLocale, pluralLanguage) in Locales)
        {
            var numbers = Read(modules, "cldr-numbers-full", "main", patternLocale, "numbers.json")["main"]![patternLocale]!["numbers"]!["symbols-numberSystem-latn"]!;
            var patterns = Gregorian(modules, patternLocale);
            var names = Gregorian(modules, nameLocale)["months"]!;
            var rules = new JsonObject();
            foreach (var rule in plurals[pluralLanguage]!.AsObject())
            {
                var text = rule.Value!.GetValue<string>();
                var samples = text.IndexOf('@', StringComparison.Ordinal);
                rules[rule.Key["pluralRule-count-".Length..]] = (samples < 0 ? text : text[..samples]).Trim();
            }

            locales[tag] = new JsonObject
            {
                ["cldrLocale"] = patternLocale,
                ["plurals"] = rules,
                ["decimal"] = numbers["decimal"]!.GetValue<string>(),
                ["group"] = numbers["group"]!.GetValue<string>(),
                ["monthsFormat"] = Months(names["format"]!["wide"]!),
                ["monthsStandAlone"] = Months(names["stand-alone"]!["wide"]!),
                ["monthsAbbreviated"] = Months(names["stand-alone"]!["abbreviated"]!),
                ["datePattern"] = patterns["dateFormats"]!["long"]!.GetValue<string>(),
                ["yearMonthPattern"] = patterns["dateTimeFormats"]!["availableFormats"]!["yMMMM"]!.GetValue<string>(),
                ["yearPattern"] = patterns["dateTimeFormats"]!["availableFormats"]!["y"]!.GetValue<string>(),
            };
        }

        var root = new JsonObject
        {
            ["$comment"] = "Generated from the CLDR npm packages by tests/TiesReports.Tests/Localisation/CldrLocaleGenerator.cs; do not edit by hand.",
            ["cldrVersion"] = Read(modules, "cldr-core", "package.json")["version"]!.GetValue<string>(),
            ["locales"] = locales,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode Gregorian(string modules, string locale) =>
        Read(modules, "cldr-dates-full", "main", locale, "ca-gregorian.json")["main"]![locale]!["dates"]!["calendars"]!["gregorian"]!;

    private static JsonArray Months(JsonNode months) =>
        new(Enumerable.Range(1, 12).Select(m => (JsonNode?)JsonValue.Create(months[m.ToString(System.Globalization.CultureInfo.InvariantCulture)]!.GetValue<string>())).ToArray());

    private static JsonNode Read(string modules, params string[] path) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine([modules, .. path])))!;
}
