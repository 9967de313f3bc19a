using System.Text.Json;

namespace TiesReports.Tests.Infra;

/// <summary>A resource of the compiled template, read in the scope of the template that declares it.</summary>
internal sealed record ArmResource(ArmScope Scope, JsonElement Json)
{
    public string Type => Json.GetProperty("type").GetString()!;

    public string ApiVersion => Json.TryGetProperty("apiVersion", out var version) ? version.GetString()! : "";

    /// <summary>The resource's names, one per copy of a loop ("⁇/default/deliveries" when the account name is generated).</summary>
    public IReadOnlyList<string> Names()
    {
        if (!Json.TryGetProperty("copy", out var copy))
        {
            return [ArmExpression.Text(ArmExpression.Evaluate(Json.GetProperty("name"), Scope))];
        }

        var count = ArmExpression.Evaluate(copy.GetProperty("count"), Scope) as long?
            ?? throw new InvalidOperationException($"The copy count of a {Type} in {Scope.Name} cannot be evaluated offline.");
        return [.. Enumerable.Range(0, (int)count).Select(i => ArmExpression.Text(ArmExpression.Evaluate(Json.GetProperty("name"), Scope, i)))];
    }

    /// <summary>The raw JSON at a dotted path ("properties.functionAppConfig.runtime.name"), if present.</summary>
    public JsonElement? At(string path)
    {
        var current = Json;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    public object? Evaluate(string path) => At(path) is JsonElement value ? ArmExpression.Evaluate(value, Scope) : null;
}
