using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TiesReports.Core.Model;
using TiesReports.Core.Model.CodeLists;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.CodeLists;

/// <summary>
/// One source for every list: the CLDR packages for countries and currencies, Vocabularies.cs for the rest.
/// The embedded ISO file, the schema's enums and the README's tables are generated from them; these tests fail
/// on any difference in either direction. Set UPDATE_CODE_LISTS=1 to regenerate all three instead.
/// </summary>
public sealed class CodeListTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Seeds, "partnerships.schema.json");
    private static readonly string ReadmePath = Path.Combine(RepoPaths.Root, "README.md");
    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_CODE_LISTS") == "1";

    [Fact]
    public void IsoCodesFile_IsExactlyWhatTheCldrPackagesGive()
    {
        var generated = CldrCodeListGenerator.Generate();
        if (Update)
        {
            File.WriteAllText(CldrCodeListGenerator.TargetPath, generated);
        }

        Assert.Equal(generated, File.ReadAllText(CldrCodeListGenerator.TargetPath));
        Assert.Equal(generated, IsoCodeLists.ReadText());
    }

    [Fact]
    public void Schema_DefinesEveryList_WithExactlyTheLoadersCodes()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var defs = schema["$defs"]!.AsObject();
        if (Update)
        {
            foreach (var (name, vocabulary) in Vocabularies.BySchemaName)
            {
                defs[name]!["enum"] = new JsonArray([.. vocabulary.Terms.Select(t => (JsonNode)JsonValue.Create(t.Code))]);
            }

            File.WriteAllText(SchemaPath, schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        foreach (var (name, vocabulary) in Vocabularies.BySchemaName)
        {
            var inSchema = defs[name]?["enum"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
            var inLoader = vocabulary.Terms.Select(t => t.Code).ToList();
            Assert.True(
                inSchema.SequenceEqual(inLoader),
                $"$defs/{name}: only in the schema: [{string.Join(", ", inSchema.Except(inLoader))}]; only in the loader: [{string.Join(", ", inLoader.Except(inSchema))}]. Run the tests with UPDATE_CODE_LISTS=1 to regenerate.");
        }

        // Every enum lives in $defs under a list's name, so no property keeps a copy of its own.
        var enums = EnumsIn(schema, "$").ToList();
        Assert.All(enums, path => Assert.Matches(@"^\$\.\$defs\.[A-Za-z]+$", path));
        Assert.Equal(Vocabularies.BySchemaName.Keys.Order(StringComparer.Ordinal), enums.Select(p => p["$.$defs.".Length..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_ListsTheSameCodesAsTheLoader()
    {
        var readme = File.ReadAllText(ReadmePath);
        const string Start = "<!-- vocabularies:start -->\n";
        const string End = "<!-- vocabularies:end -->";
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md has no <!-- vocabularies:start --> … <!-- vocabularies:end --> block");
        var expected = VocabularyTables();
        if (Update)
        {
            File.WriteAllText(ReadmePath, readme[..(from + Start.Length)] + expected + readme[to..]);
            readme = File.ReadAllText(ReadmePath);
            from = readme.IndexOf(Start, StringComparison.Ordinal);
            to = readme.IndexOf(End, StringComparison.Ordinal);
        }

        Assert.Equal(expected, readme[(from + Start.Length)..to]);
    }

    [Fact]
    public void Countries_AreTheAssignedIsoCodes_NamedInThreeLanguages()
    {
        Assert.Equal(249, Countries.All.Count);
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct().Count());
        Assert.DoesNotContain(Countries.All, c => c.Code is "EU" or "XK" or "SU" or "UK" or "ZZ" or "XX");
        Assert.True(Countries.TryGet("AE", out var emirates));
        Assert.Equal("United Arab Emirates", emirates.EnglishName);
        Assert.Equal("ARE", emirates.Alpha3);
        Assert.Equal("Израиль", Countries.Name("IL", "ru"));
        Assert.Equal("以色列", Countries.Name("IL", "zh"));
        Assert.Equal("Israel", Countries.EnglishName("IL"));
        Assert.All(Countries.All, c => Assert.All(new[] { c.EnglishName, c.RussianName, c.ChineseName }, name => Assert.False(string.IsNullOrWhiteSpace(name), c.Code)));
        Assert.True(Countries.TryGet("XX", out _));
    }

    [Fact]
    public void Currencies_AreTheActiveIsoCodes_WithTheirMinorUnits()
    {
        Assert.InRange(Currencies.All.Count, 150, 200);
        Assert.Equal(0, Currencies.MinorUnits("JPY"));
        Assert.Equal(0, Currencies.MinorUnits("KRW"));
        Assert.Equal(3, Currencies.MinorUnits("BHD"));
        Assert.Equal(2, Currencies.MinorUnits("EUR"));
        Assert.All(["THB", "VND", "BRL", "AED", "ILS", "CNY", "RUB", "USD"], code => Assert.True(Currencies.TryGet(code, out _), code));
        Assert.DoesNotContain(Currencies.All, c => c.Code is "RUR" or "DEM" or "CNH" or "SUR");
        Assert.Equal("Thai Baht", Currencies.All.Single(c => c.Code == "THB").Name);
        Assert.Equal(["RUB"], Currencies.Retired.Single(r => r.Code == "RUR").Replacements);
        Assert.Equal(["EUR"], Currencies.Retired.Single(r => r.Code == "DEM").Replacements);
    }

    private static IEnumerable<string> EnumsIn(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "enum")
                    {
                        yield return path;
                    }

                    foreach (var inner in EnumsIn(value, $"{path}.{key}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var inner in EnumsIn(a[i], $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>The README's tables of the data format's own lists; ISO lists are described, not tabled.</summary>
    private static string VocabularyTables()
    {
        var text = new StringBuilder();
        foreach (var (name, vocabulary) in Vocabularies.BySchemaName.Where(v => v.Value.Standard is null))
        {
            var grouped = vocabulary.Terms.Any(t => t.Topic is not null);
            var withBasis = vocabulary.Terms.Any(t => t.Basis is not null);
            text.Append($"**{name}** ({vocabulary.Name}):\n\n");
            text.Append("| Code | Printed as |" + (grouped ? " Topic |" : "") + (withBasis ? " Category source |" : "") + "\n");
            text.Append("|---|---|" + (grouped ? "---|" : "") + (withBasis ? "---|" : "") + "\n");
            foreach (var term in vocabulary.Terms)
            {
                text.Append($"| `{term.Code}` | {term.Label} |");
                if (grouped)
                {
                    text.Append($" {Vocabularies.SectorTopics[term.Topic!].Label} |");
                }

                if (withBasis)
                {
                    text.Append($" {term.Basis ?? "—"} |");
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
