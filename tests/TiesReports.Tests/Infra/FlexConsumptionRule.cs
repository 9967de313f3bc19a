using System.Text.Json;

namespace TiesReports.Tests.Infra;

/// <summary>One line of FlexConsumptionRules.json: what to check, why, and the document or sample it comes from.</summary>
internal sealed record FlexConsumptionRule(JsonElement Json)
{
    public string Kind => Text("kind")!;

    public string? Name => Text("name");

    public string? Path => Text("path");

    public string Why => Text("why") ?? "";

    public string Source => Text("source") ?? "";

    /// <summary>Unique and readable, so each rule is its own test case: "forbidden-app-setting FUNCTIONS_WORKER_RUNTIME".</summary>
    public string Id => string.Join(' ', new[] { Kind, Name ?? Path ?? Text("role") }.Where(s => !string.IsNullOrEmpty(s)));

    public string? Text(string property) => Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public JsonElement Property(string property) => Json.GetProperty(property);

    public override string ToString() => $"{Id} — {Why} [{Source}]";
}
