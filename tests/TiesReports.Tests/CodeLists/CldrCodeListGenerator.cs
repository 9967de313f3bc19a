using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.CodeLists;

/// <summary>
/// Generates src/TiesReports.Core/Model/CodeLists/iso-codes.json from the CLDR packages pinned in package.json.
/// The rules, so that nothing is chosen by hand:
/// <list type="bullet">
/// <item>countries: CLDR's code mappings with a two-letter code, a numeric and an alpha-3 code, less CLDR's
/// deprecated territory aliases and ISO's user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ; EU's alpha-3 QUU is one);
/// names from cldr-localenames-full en, ru and zh; <c>XX</c> takes the names CLDR gives the unknown region ZZ;</item>
/// <item>deleted countries: the two-letter deprecated aliases, with CLDR's replacements;</item>
/// <item>currencies: every code CLDR's currencyData shows in use in some region today (no end date), less a
/// non-tender code that shares another code's ISO numeric (CNH, the offshore yuan); decimals from CLDR's
/// currency fractions; name and symbol from cldr-numbers-full en;</item>
/// <item>withdrawn currencies: codes with an end date in every region, replaced by the tender currencies those
/// regions use today, or only its home region's where that has one.</item>
/// </list>
/// </summary>
internal static partial class CldrCodeListGenerator
{
    public static string TargetPath => Path.Combine(RepoPaths.Root, "src", "TiesReports.Core", "Model", "CodeLists", "iso-codes.json");

    public static string Generate()
    {
        var modules = RepoPaths.NodeModules;
        var version = Read(modules, "cldr-core", "package.json")["version"]!.GetValue<string>();
        var codeMappings = Read(modules, "cldr-core", "supplemental", "codeMappings.json")["supplemental"]!["codeMappings"]!.AsObject();
        var aliases = Read(modules, "cldr-core", "supplemental", "aliases.json")["supplemental"]!["metadata"]!["alias"]!["territoryAlias"]!.AsObject();
        var currencyData = Read(modules, "cldr-core", "supplemental", "currencyData.json")["supplemental"]!["currencyData"]!;
        var names = new[] { "en", "ru", "zh" }.ToDictionary(
            l => l,
            l => Read(modules, "cldr-localenames-full", "main", l, "territories.json")["main"]![l]!["localeDisplayNames"]!["territories"]!.AsObject());
        var currencyNames = Read(modules, "cldr-numbers-full", "main", "en", "currencies.json")["main"]!["en"]!["numbers"]!["currencies"]!.AsObject();

        var countries = codeMappings
            .Where(m => TwoLetters().IsMatch(m.Key) && m.Value!["_numeric"] is not null && m.Value["_alpha3"] is { } a3
                && !aliases.ContainsKey(m.Key) && !UserAssigned().IsMatch(m.Key) && !UserAssigned3().IsMatch(a3.GetValue<string>()))
            .Select(m => (Code: m.Key, Alpha3: m.Value!["_alpha3"]!.GetValue<string>()))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var countryCodes = countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        string[] CountryRow(string code, string alpha3, string nameKey) => [code, alpha3, .. names.Values.Select(n => n[nameKey]!.GetValue<string>())];

        var retiredCountries = aliases
            .Where(a => TwoLetters().IsMatch(a.Key))
            .Select(a => (a.Key, Name: names["en"][a.Key]?.GetValue<string>() ?? "", Replacements: a.Value!["_replacement"]!.GetValue<string>().Split(' ').Where(countryCodes.Contains).ToArray()))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();

        // Each region lists the currencies it used, with _from/_to dates and _tender "false" for funds codes.
        var uses = currencyData["region"]!.AsObject()
            .SelectMany(r => r.Value!.AsArray().SelectMany(e => e!.AsObject().Select(c => (Region: r.Key, Code: c.Key, Ended: c.Value!["_to"] is not null, Tender: c.Value["_tender"]?.GetValue<string>() != "false"))))
            .ToList();
        var current = uses.Where(u => !u.Ended).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        string? Numeric(string code) => codeMappings[code]?["_numeric"]?.GetValue<string>();
        bool IsMarketLabel(string code) =>
            uses.Where(u => u.Code == code).All(u => !u.Tender) && Numeric(code) is { } n && current.Any(c => c != code && Numeric(c) == n);
        var active = current.Where(c => !IsMarketLabel(c)).Order(StringComparer.Ordinal).ToList();
        var fractions = currencyData["fractions"]!.AsObject();
        int Digits(string code) => int.Parse((fractions[code] ?? fractions["DEFAULT"])!["_digits"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        string CurrencyName(string code) => currencyNames[code]?["displayName"]?.GetValue<string>() ?? code;

        // A withdrawn code's replacements are the tender currencies in use today where it was used; where its
        // home region (its first two letters, as ISO 4217 builds codes) has one, only that region's (RUR → RUB).
        string[] InUseToday(IEnumerable<string> regions) => regions
            .SelectMany(region => uses.Where(u => u.Region == region && !u.Ended && u.Tender && active.Contains(u.Code)).Select(u => u.Code))
            .Distinct().ToArray();
        string[] Replacements(string code)
        {
            var regions = uses.Where(u => u.Code == code).Select(u => u.Region).Distinct().ToList();
            var home = regions.Contains(code[..2]) ? InUseToday([code[..2]]) : [];
            return home.Length > 0 ? home : InUseToday(regions);
        }

        var retiredCurrencies = uses.Select(u => u.Code).Distinct().Where(c => !current.Contains(c)).Order(StringComparer.Ordinal)
            .Select(code => (Code: code, Name: CurrencyName(code), Replacements: Replacements(code)))
            .ToList();

        var text = new StringBuilder();
        text.Append("{\n");
        text.Append($"  \"source\": {Json($"CLDR {version} (npm cldr-core, cldr-localenames-full, cldr-numbers-full {version})")},\n");
        text.Append("  \"//\": \"Generated from the CLDR npm packages by tests/TiesReports.Tests/CodeLists/CldrCodeListGenerator.cs; do not edit. Rows: countries [alpha-2, alpha-3, en, ru, zh]; currencies [code, decimals, name, symbol]; retired [code, name, replacements].\",\n");
        text.Append($"  \"unknownCountry\": {Json(CountryRow("XX", "XXX", "ZZ"))},\n");
        AppendRows(text, "countries", countries.Select(c => Json(CountryRow(c.Code, c.Alpha3, c.Code))), last: false);
        AppendRows(text, "retiredCountries", retiredCountries.Select(r => Row(r.Key, r.Name, r.Replacements)), last: false);
        AppendRows(text, "currencies", active.Select(c => $"[{Json(c)}, {Digits(c)}, {Json(CurrencyName(c))}, {Json(currencyNames[c]?["symbol"]?.GetValue<string>() ?? c)}]"), last: false);
        AppendRows(text, "retiredCurrencies", retiredCurrencies.Select(r => Row(r.Code, r.Name, r.Replacements)), last: true);
        text.Append("}\n");
        return text.ToString();
    }

    private static string Row(string code, string name, string[] replacements) => $"[{Json(code)}, {Json(name)}, {Json(replacements)}]";

    private static void AppendRows(StringBuilder text, string name, IEnumerable<string> rows, bool last)
    {
        text.Append($"  \"{name}\": [\n    ");
        text.Append(string.Join(",\n    ", rows));
        text.Append(last ? "\n  ]\n" : "\n  ],\n");
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Compact).Replace("\",\"", "\", \"", StringComparison.Ordinal);

    private static JsonNode Read(string modules, params string[] path)
    {
        var file = Path.Combine([modules, .. path]);
        Assert.True(File.Exists(file), $"{file} is missing: run 'npm ci' in the repository root (the CLDR packages are pinned in package.json).");
        return JsonNode.Parse(File.ReadAllText(file))!;
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex TwoLetters();

    [GeneratedRegex("^(AA|Q[M-Z]|X[A-Z]|ZZ)$")]
    private static partial Regex UserAssigned();

    [GeneratedRegex("^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$")]
    private static partial Regex UserAssigned3();
}
