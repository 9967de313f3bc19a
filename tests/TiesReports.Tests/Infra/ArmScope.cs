using System.Text.Json;

namespace TiesReports.Tests.Infra;

/// <summary>
/// One template of the compiled ARM JSON: the main template, or a module's nested deployment whose parameters
/// are expressions in its parent (Bicep compiles modules with expressionEvaluationOptions.scope = inner).
/// </summary>
internal sealed class ArmScope
{
    private readonly JsonElement? _deployment;

    private ArmScope(JsonElement template, ArmScope? parent, JsonElement? deployment, string name)
    {
        Template = template;
        Parent = parent;
        _deployment = deployment;
        Name = name;
    }

    public JsonElement Template { get; }

    public ArmScope? Parent { get; }

    /// <summary>"main", or the module path such as "main/ties-reports-app/function-app".</summary>
    public string Name { get; }

    public static ArmScope OfMainTemplate(JsonElement template) => new(template, null, null, "main");

    /// <summary>Every resource in this template and in the modules below it.</summary>
    public IEnumerable<ArmResource> AllResources()
    {
        foreach (var resource in OwnResources())
        {
            yield return new ArmResource(this, resource);
            if (resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            {
                foreach (var inner in Child(resource).AllResources())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The declaration of a parameter (type, allowedValues, minValue, …) in this template.</summary>
    public JsonElement? ParameterDeclaration(string name) =>
        Template.TryGetProperty("parameters", out var all) && all.TryGetProperty(name, out var declaration) ? declaration : null;

    public object? Parameter(string name)
    {
        if (_deployment is JsonElement deployment
            && deployment.GetProperty("properties").TryGetProperty("parameters", out var given)
            && given.TryGetProperty(name, out var value))
        {
            return value.TryGetProperty("value", out var v) ? ArmExpression.Evaluate(v, Parent!) : ArmUnknown.Value;
        }

        return ParameterDeclaration(name) is JsonElement declaration && declaration.TryGetProperty("defaultValue", out var fallback)
            ? ArmExpression.Evaluate(fallback, this)
            : ArmUnknown.Value;
    }

    /// <summary>This parameter and the parameters it is passed from, up to the main template ("[parameters('x')]" chains).</summary>
    public IEnumerable<(ArmScope Scope, string Name)> ParameterChain(string name)
    {
        var scope = this;
        while (true)
        {
            yield return (scope, name);
            if (scope._deployment is not JsonElement deployment
                || !deployment.GetProperty("properties").TryGetProperty("parameters", out var given)
                || !given.TryGetProperty(name, out var value)
                || !value.TryGetProperty("value", out var raw)
                || raw.ValueKind != JsonValueKind.String
                || !raw.GetString()!.StartsWith("[parameters('", StringComparison.Ordinal)
                || !raw.GetString()!.EndsWith("')]", StringComparison.Ordinal))
            {
                yield break;
            }

            name = raw.GetString()!["[parameters('".Length..^"')]".Length];
            scope = scope.Parent!;
        }
    }

    public object? Variable(string name) =>
        Template.TryGetProperty("variables", out var all) && all.TryGetProperty(name, out var value) ? ArmExpression.Evaluate(value, this) : ArmUnknown.Value;

    /// <summary>reference(resourceId('Microsoft.Resources/deployments', name)) → { outputs: { x: { value } } }.</summary>
    public object? ReferenceDeployment(string resourceId)
    {
        const string Prefix = "Microsoft.Resources/deployments/";
        if (!resourceId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return ArmUnknown.Value;
        }

        var name = resourceId[Prefix.Length..];
        var module = OwnResources().FirstOrDefault(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
            && ArmExpression.Text(ArmExpression.Evaluate(r.GetProperty("name"), this)) == name);
        if (module.ValueKind != JsonValueKind.Object)
        {
            return ArmUnknown.Value;
        }

        var child = Child(module);
        var outputs = child.Template.TryGetProperty("outputs", out var declared)
            ? declared.EnumerateObject().ToDictionary(
                o => o.Name,
                o => (object?)new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["value"] = ArmExpression.Evaluate(o.Value.GetProperty("value"), child) },
                StringComparer.OrdinalIgnoreCase)
            : [];
        return new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["outputs"] = outputs };
    }

    private IEnumerable<JsonElement> OwnResources()
    {
        if (!Template.TryGetProperty("resources", out var resources))
        {
            return [];
        }

        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
        return resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray() : resources.EnumerateObject().Select(p => p.Value);
    }

    private ArmScope Child(JsonElement deployment) =>
        new(deployment.GetProperty("properties").GetProperty("template"), this, deployment, Name + "/" + ArmExpression.Text(ArmExpression.Evaluate(deployment.GetProperty("name"), this)));
}
