using System.Text.Json;
using Json.Schema;
using TiesReports.Core.Loading;
using TiesReports.Tests.Infrastructure;
using TiesReports.Tests.Reliability;

namespace TiesReports.Tests.Loading;

/// <summary>
/// One data contract: seeds/partnerships.schema.json (what editors check, run here by JsonSchema.Net) and the
/// loader (what the app checks) give every file of the hostile corpus and every seed the same structural
/// verdict. The loader's semantic rules — which a schema cannot express — reject some files the schema
/// accepts; each such case names its rule, and the schema's description lists every one of those rules.
/// </summary>
public sealed class DataContractTests
{
    /// <summary>The corpus cases that are structurally valid and fail only a semantic rule, with that rule.</summary>
    private static readonly Dictionary<string, string> SemanticCases = new(StringComparer.Ordinal)
    {
        ["057-inconsistent-conversion.json"] = "a conversion matches amount times rate within 2 %",
        ["058-self-conversion.json"] = "a conversion changes currency",
        ["061-control-char.json"] = "text has no control or bidirectional-override characters",
        ["062-nul-char.json"] = "text has no control or bidirectional-override characters",
        ["063-escape-sequence.json"] = "text has no control or bidirectional-override characters",
        ["064-bidi-202e.json"] = "text has no control or bidirectional-override characters",
        ["065-bidi-202d.json"] = "text has no control or bidirectional-override characters",
        ["066-bidi-2066.json"] = "text has no control or bidirectional-override characters",
        ["067-bidi-2067.json"] = "text has no control or bidirectional-override characters",
        ["068-bidi-2069.json"] = "text has no control or bidirectional-override characters",
        ["071-blank-name.json"] = "text is not blank",
        ["082-id-reserved-con.json"] = "ids are not reserved device names",
        ["083-id-reserved-nul.json"] = "ids are not reserved device names",
        ["084-id-reserved-com1.json"] = "ids are not reserved device names",
        ["093-date-feb-30.json"] = "calendar dates exist",
        ["094-date-month-13.json"] = "calendar dates exist",
        ["095-date-year-0.json"] = "years lie in 1800-2200",
        ["096-date-far-future.json"] = "years lie in 1800-2200",
        ["097-date-month-00.json"] = "calendar dates exist",
        ["100-date-feb-29-non-leap.json"] = "calendar dates exist",
        ["102-period-unknown-no-basis.json"] = "an unknown date or period gives its basis in a note",
        ["103-end-before-start.json"] = "an event ends after it starts",
        ["105-since-null-no-note.json"] = "an unknown date or period gives its basis in a note",
        ["106-duplicate-place.json"] = "ids are unique across files",
        ["107-duplicate-partnership.json"] = "ids are unique across files",
        ["108-duplicate-source.json"] = "ids are unique across files",
        ["109-duplicate-seed-id.json"] = "references resolve across files",
        ["110-missing-source.json"] = "references resolve across files",
        ["111-missing-place.json"] = "references resolve across files",
        ["114-trade-with-itself.json"] = "a place does not trade with itself",
        ["115-person-other-place.json"] = "a person belongs to one of the partnership's places",
        ["116-missing-event-source.json"] = "references resolve across files",
        ["119-translation-duplicate-language.json"] = "a translation's language is given once per item",
        ["121-translation-absent-field.json"] = "a translation translates a field the item gives",
        ["generated-50mb.json"] = "files are at most 16 MiB",
    };

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "partnerships.schema.json"))));

    public static TheoryData<string> Files()
    {
        var data = HostileCorpus.DataCaseNames();
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds, "*.json").Where(DatasetLoader.IsDataFileName))
        {
            data.Add("seeds/" + Path.GetFileName(seed));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void SchemaAndLoader_GiveTheSameStructuralVerdict(string file)
    {
        var content = file.StartsWith("seeds/", StringComparison.Ordinal)
            ? File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, file["seeds/".Length..]))
            : HostileCorpus.Content(HostileCorpus.DataCases.Single(c => c.File == file));

        var schemaErrors = SchemaErrors(content);
        var loaded = SeedData.Load((file, content));
        var semanticRule = SemanticCases.GetValueOrDefault(file);

        if (semanticRule is null)
        {
            Assert.True(schemaErrors.Count == 0 == !loaded.HasErrors,
                $"schema: {(schemaErrors.Count == 0 ? "valid" : string.Join("; ", schemaErrors.Take(3)))} | loader: {(loaded.HasErrors ? string.Join("; ", loaded.Errors.Take(3)) : "valid")}");
        }
        else
        {
            Assert.True(schemaErrors.Count == 0, $"structurally valid, yet the schema says: {string.Join("; ", schemaErrors.Take(3))}");
            Assert.True(loaded.HasErrors, $"the loader should reject it: {semanticRule}");
        }
    }

    [Fact]
    public void EverySemanticRule_IsListedInTheSchemasDescription()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, "partnerships.schema.json")));
        var description = schema.RootElement.GetProperty("description").GetString()!;

        Assert.All(SemanticCases.Values.Distinct(), rule => Assert.Contains(rule, description, StringComparison.Ordinal));
        Assert.All(SemanticCases.Keys, file => Assert.Contains(HostileCorpus.DataCases, c => c.File == file));
    }

    private static List<string> SchemaErrors(byte[] content)
    {
        JsonDocument document;
        try
        {
            // As editors read a file: a UTF-8 byte order mark is skipped, anything else that is not JSON fails.
            document = JsonDocument.Parse(new MemoryStream(content));
        }
        catch (JsonException ex)
        {
            return [$"not JSON: {ex.Message}"];
        }

        using (document)
        {
            EvaluationResults results;
            try
            {
                results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            }
            catch (InvalidOperationException ex)
            {
                // A string with a lone surrogate escape is not Unicode text: the validator cannot read it either.
                return [$"unreadable text: {ex.Message}"];
            }

            return results.IsValid
                ? []
                : (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
        }
    }
}
