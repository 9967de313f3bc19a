using System.Text.Json;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Infra;

/// <summary>The rule list kept beside the tests (FlexConsumptionRules.json) and the compiled main template.</summary>
internal static class FlexConsumptionRuleBook
{
    private static readonly Lazy<(IReadOnlyDictionary<string, string> Sources, IReadOnlyList<FlexConsumptionRule> Rules)> Book = new(Load);

    private static readonly Lazy<JsonElement> CompiledTemplate = new(() =>
    {
        var (exit, stdout, stderr) = BicepCli.Run("build", Path.Combine(RepoPaths.Root, "infra", "main.bicep"), "--stdout");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    });

    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "TiesReports.Tests", "Infra", "FlexConsumptionRules.json");

    public static IReadOnlyDictionary<string, string> Sources => Book.Value.Sources;

    public static IReadOnlyList<FlexConsumptionRule> Rules => Book.Value.Rules;

    /// <summary>`bicep build infra/main.bicep --stdout`, built once per test run.</summary>
    public static JsonElement Template => CompiledTemplate.Value;

    public static FlexConsumptionRule Rule(string id) => Rules.Single(r => r.Id == id);

    private static (IReadOnlyDictionary<string, string>, IReadOnlyList<FlexConsumptionRule>) Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement.Clone();
        var sources = root.GetProperty("sources").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var rules = root.GetProperty("rules").EnumerateArray().Select(r => new FlexConsumptionRule(r)).ToList();
        return (sources, rules);
    }
}
