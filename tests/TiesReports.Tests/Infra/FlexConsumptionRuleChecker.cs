using System.Text.Json;
using System.Text.RegularExpressions;

namespace TiesReports.Tests.Infra;

/// <summary>
/// Checks one rule of FlexConsumptionRules.json against a compiled ARM template and returns what violates it
/// (empty: the rule holds). Each rule kind is one small check; an unknown kind is itself a violation.
/// </summary>
internal sealed partial class FlexConsumptionRuleChecker(JsonElement template)
{
    private readonly ArmScope _main = ArmScope.OfMainTemplate(template);

    private List<ArmResource>? _resources;

    private IReadOnlyList<ArmResource> Resources => _resources ??= [.. _main.AllResources()];

    private IEnumerable<ArmResource> OfType(string type) => Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> Check(FlexConsumptionRule rule)
    {
        var sites = OfType("Microsoft.Web/sites").ToList();
        var plans = OfType("Microsoft.Web/serverfarms").ToList();
        if (sites.Count != 1 || plans.Count != 1)
        {
            return [$"expected one function app and one plan, found {sites.Count} and {plans.Count}"];
        }

        var site = sites[0];
        return rule.Kind switch
        {
            "plan-value" => ValueAt(plans[0], rule),
            "site-value" => ValueAt(site, rule),
            "site-identity" => IdentityAt(site, rule.Path!),
            "site-range" => Range(site, rule.Path!, rule.Property("min").GetInt64(), rule.Property("max").GetInt64()),
            "site-one-of" => OneOf(site, rule.Path!, [.. rule.Property("values").EnumerateArray().Select(v => v.GetInt64())]),
            "location-regions" => LocationRegions([.. rule.Property("values").EnumerateArray().Select(v => v.GetString()!)]),
            "site-config-only" => SiteConfigKeys(site).Except(rule.Property("values").EnumerateArray().Select(v => v.GetString()!), StringComparer.OrdinalIgnoreCase)
                .Select(k => $"siteConfig.{k} is set").ToList(),
            "forbidden-site-config" => SiteConfigKeys(site).Where(k => string.Equals(k, rule.Name, StringComparison.OrdinalIgnoreCase)).Select(k => $"siteConfig.{k} is set").ToList(),
            "forbidden-site-property" => PropertyNames(site.At("properties")).Where(k => string.Equals(k, rule.Name, StringComparison.OrdinalIgnoreCase)).Select(k => $"properties.{k} is set").ToList(),
            "forbidden-app-setting" => AppSettings(site).Keys.Where(n => Glob(rule.Name!).IsMatch(n)).Select(n => $"app setting {n} is set").ToList(),
            "app-setting-names" => AppSettings(site).Keys.Where(n => !Regex.IsMatch(n, rule.Text("pattern")!)).Select(n => $"app setting name '{n}' is not allowed on Linux").ToList(),
            "app-setting" => AppSetting(site, rule.Name!, rule.Json.TryGetProperty("value", out var expected) ? ArmExpression.Text(ArmExpression.Evaluate(expected, _main)) : null),
            "key-vault-reference" => KeyVaultReference(site, rule.Name!),
            "ga-api-versions" => Resources.Where(r => r.ApiVersion.Contains("preview", StringComparison.OrdinalIgnoreCase)).Select(r => $"{r.Type}@{r.ApiVersion} in {r.Scope.Name}").ToList(),
            "queue" => Child(site, "Microsoft.Storage/storageAccounts/queueServices/queues", rule),
            "table" => Child(site, "Microsoft.Storage/storageAccounts/tableServices/tables", rule),
            "storage-role" => Role(rule.Text("role")!, "Microsoft.Storage/storageAccounts"),
            "key-vault-role" => Role(rule.Text("role")!, "Microsoft.KeyVault/vaults"),
            "role-scopes" => RoleScopes(),
            "forbidden-role" => RoleAssignments().Where(r => RoleOf(r).Contains(rule.Text("role")!, StringComparison.OrdinalIgnoreCase)).Select(r => $"{rule.Name} is assigned in {r.Scope.Name}").ToList(),
            "secure-parameters-only-in-key-vault" => SecureParameterUses(),
            _ => [$"no check for rule kind '{rule.Kind}'"],
        };
    }

    /// <summary>The functions.metadata rule: a blob trigger only with the Event Grid source (never polling).</summary>
    public static IReadOnlyList<string> CheckFunctionMetadata(JsonElement metadata) =>
        [.. metadata.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray().Select(b => (Function: f.GetProperty("name").GetString(), Binding: b)))
            .Where(x => string.Equals(x.Binding.GetProperty("type").GetString(), "blobTrigger", StringComparison.OrdinalIgnoreCase)
                && !(x.Binding.TryGetProperty("properties", out var p) && p.TryGetProperty("source", out var s) && s.GetString() == "EventGrid")
                && !(x.Binding.TryGetProperty("source", out var top) && top.GetString() == "EventGrid"))
            .Select(x => $"{x.Function} is a polling blob trigger")];

    private static List<string> ValueAt(ArmResource resource, FlexConsumptionRule rule)
    {
        var expected = ArmExpression.Text(ArmExpression.Evaluate(rule.Property("value"), resource.Scope));
        var actual = resource.Evaluate(rule.Path!);
        return actual is null ? [$"{resource.Type}: {rule.Path} is missing"]
            : ArmExpression.Text(actual) == expected ? [] : [$"{resource.Type}: {rule.Path} is '{ArmExpression.Text(actual)}', expected '{expected}'"];
    }

    /// <summary>The value names a user-assigned identity the site itself carries.</summary>
    private static List<string> IdentityAt(ArmResource site, string path)
    {
        var value = site.Evaluate(path);
        var assigned = site.At("identity.userAssignedIdentities") is JsonElement identities
            ? identities.EnumerateObject().Select(p => ArmExpression.Text(ArmExpression.EvaluateString(p.Name, site.Scope))).ToList()
            : [];
        var text = ArmExpression.Text(value);
        return value is null ? [$"{path} is missing"]
            : !text.Contains("Microsoft.ManagedIdentity/userAssignedIdentities/", StringComparison.OrdinalIgnoreCase) ? [$"{path} is '{text}', not a user-assigned identity"]
            : assigned.Contains(text) ? [] : [$"{path} names '{text}', which the site does not carry ({string.Join(", ", assigned)})"];
    }

    /// <summary>
    /// A literal in range, or a parameter whose declared bounds lie in range where the site reads it and where the
    /// value enters the deployment (the main template, so azd validates it before anything is created).
    /// </summary>
    private static List<string> Range(ArmResource site, string path, long min, long max)
    {
        if (site.At(path) is not JsonElement raw)
        {
            return [$"{path} is missing"];
        }

        var problems = new List<string>();
        foreach (var (scope, parameter) in BoundaryParameters(site, raw))
        {
            var declaration = scope.ParameterDeclaration(parameter);
            var low = declaration?.TryGetProperty("minValue", out var lo) == true ? lo.GetInt64() : (long?)null;
            var high = declaration?.TryGetProperty("maxValue", out var hi) == true ? hi.GetInt64() : (long?)null;
            if (low is null || low < min || high is null || high > max)
            {
                problems.Add($"parameter {parameter} in {scope.Name} allows {Bound(low)}..{Bound(high)}, expected within {min}..{max}");
            }
        }

        if (site.Evaluate(path) is long value && (value < min || value > max))
        {
            problems.Add($"{path} resolves to {value}, expected {min}..{max}");
        }

        return problems;
    }

    private static List<string> OneOf(ArmResource site, string path, long[] allowed)
    {
        if (site.At(path) is not JsonElement raw)
        {
            return [$"{path} is missing"];
        }

        var problems = new List<string>();
        foreach (var (scope, parameter) in BoundaryParameters(site, raw))
        {
            var declared = scope.ParameterDeclaration(parameter) is JsonElement d && d.TryGetProperty("allowedValues", out var values)
                ? values.EnumerateArray().Select(v => v.GetInt64()).ToList()
                : null;
            if (declared is null || declared.Except(allowed).Any())
            {
                problems.Add($"parameter {parameter} in {scope.Name} allows {(declared is null ? "any value" : string.Join(", ", declared))}, expected only {string.Join(", ", allowed)}");
            }
        }

        if (site.Evaluate(path) is long value && !allowed.Contains(value))
        {
            problems.Add($"{path} resolves to {value}, expected one of {string.Join(", ", allowed)}");
        }

        return problems;
    }

    /// <summary>The parameter the site reads and the one the value entered by: both must carry the bounds.</summary>
    private static IEnumerable<(ArmScope Scope, string Name)> BoundaryParameters(ArmResource site, JsonElement raw)
    {
        if (ParameterName(raw) is not string parameter)
        {
            return [];
        }

        var chain = site.Scope.ParameterChain(parameter).ToList();
        return chain.Count == 1 ? chain : [chain[0], chain[^1]];
    }

    private static string Bound(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any";

    private List<string> LocationRegions(string[] regions)
    {
        if (_main.ParameterDeclaration("location") is not JsonElement location)
        {
            return ["the main template has no location parameter"];
        }

        var problems = new List<string>();
        var allowed = location.TryGetProperty("allowedValues", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
        if (allowed.Count == 0)
        {
            problems.Add("location accepts any region");
        }

        problems.AddRange(allowed.Except(regions, StringComparer.OrdinalIgnoreCase).Select(r => $"location allows {r}, which has no Flex Consumption"));
        var azdType = location.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("azd", out var azd) && azd.TryGetProperty("type", out var type) ? type.GetString() : null;
        if (azdType != "location")
        {
            problems.Add("location lacks the azd metadata { azd: { type: 'location' } } for the region prompt");
        }

        return problems;
    }

    private static IEnumerable<string> SiteConfigKeys(ArmResource site) => PropertyNames(site.At("properties.siteConfig"));

    private static IEnumerable<string> PropertyNames(JsonElement? element) =>
        element is JsonElement e && e.ValueKind == JsonValueKind.Object ? e.EnumerateObject().Select(p => p.Name) : [];

    /// <summary>siteConfig.appSettings, plus any sites/config 'appsettings' resource, by name → evaluated value.</summary>
    private Dictionary<string, object?> AppSettings(ArmResource site)
    {
        var settings = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (site.At("properties.siteConfig.appSettings") is JsonElement list)
        {
            foreach (var setting in list.EnumerateArray())
            {
                settings[ArmExpression.Text(ArmExpression.Evaluate(setting.GetProperty("name"), site.Scope))] = ArmExpression.Evaluate(setting.GetProperty("value"), site.Scope);
            }
        }

        foreach (var config in OfType("Microsoft.Web/sites/config").Where(c => c.Names().Any(n => n.EndsWith("/appsettings", StringComparison.OrdinalIgnoreCase))))
        {
            foreach (var setting in PropertyNames(config.At("properties")))
            {
                settings[setting] = config.Evaluate("properties." + setting);
            }
        }

        return settings;
    }

    private List<string> AppSetting(ArmResource site, string name, string? expected)
    {
        var settings = AppSettings(site);
        return !settings.TryGetValue(name, out var value) ? [$"app setting {name} is missing"]
            : expected is null || ArmExpression.Text(value) == expected ? []
            : [$"app setting {name} is '{ArmExpression.Text(value)}', expected '{expected}'"];
    }

    /// <summary>A versionless reference to a secret declared in a vault this template creates.</summary>
    private List<string> KeyVaultReference(ArmResource site, string name)
    {
        if (!AppSettings(site).TryGetValue(name, out var value))
        {
            return [$"app setting {name} is missing"];
        }

        var match = KeyVaultReferencePattern().Match(ArmExpression.Text(value));
        if (!match.Success)
        {
            return [$"app setting {name} is not a Key Vault reference: '{ArmExpression.Text(value)}'"];
        }

        var secret = match.Groups["vault"].Value + "/" + match.Groups["secret"].Value;
        return OfType("Microsoft.KeyVault/vaults/secrets").Any(s => s.Names().Contains(secret)) ? []
            : [$"app setting {name} refers to {secret}, which no Microsoft.KeyVault/vaults/secrets here declares"];
    }

    /// <summary>The resource exists, and the app setting that names it (if any) names exactly it.</summary>
    private List<string> Child(ArmResource site, string type, FlexConsumptionRule rule)
    {
        var problems = new List<string>();
        if (!OfType(type).SelectMany(r => r.Names()).Any(n => n.EndsWith("/" + rule.Name, StringComparison.Ordinal)))
        {
            problems.Add($"no {type} named {rule.Name}");
        }

        if (rule.Text("setting") is string setting)
        {
            problems.AddRange(AppSetting(site, setting, rule.Name));
        }

        return problems;
    }

    private IEnumerable<ArmResource> RoleAssignments() => OfType("Microsoft.Authorization/roleAssignments");

    private static string RoleOf(ArmResource assignment) => ArmExpression.Text(assignment.Evaluate("properties.roleDefinitionId"));

    /// <summary>An unconditional assignment of the role to a service principal (the app's identity), scoped to one resource of the type.</summary>
    private List<string> Role(string role, string scopeType)
    {
        var matches = RoleAssignments().Where(r => RoleOf(r).Contains(role, StringComparison.OrdinalIgnoreCase)
            && !r.Json.TryGetProperty("condition", out _)
            && ArmExpression.Text(r.Evaluate("properties.principalType")) == "ServicePrincipal").ToList();
        if (matches.Count == 0)
        {
            return [$"no role assignment of {role} to the app's identity"];
        }

        return [.. matches.Select(r => ArmExpression.Text(r.Evaluate("scope")))
            .Where(scope => !scope.StartsWith(scopeType + "/", StringComparison.OrdinalIgnoreCase) || scope.Split('/').Length != scopeType.Split('/').Length + 1)
            .Select(scope => $"{role} is scoped to '{scope}', not to one {scopeType}")];
    }

    private List<string> RoleScopes() =>
        [.. RoleAssignments().Where(r => r.At("scope") is null).Select(r => $"a role assignment in {r.Scope.Name} has no resource scope (it would cover the whole resource group)")];

    /// <summary>Every securestring parameter is used only as a Key Vault secret's value, in a condition, or passed on to another securestring parameter.</summary>
    private List<string> SecureParameterUses()
    {
        var problems = new List<string>();
        foreach (var scope in Resources.Select(r => r.Scope).Prepend(_main).Distinct())
        {
            if (!scope.Template.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            foreach (var secure in parameters.EnumerateObject().Where(p => p.Value.GetProperty("type").GetString() is "securestring" or "secureObject"))
            {
                var token = $"parameters('{secure.Name}')";
                foreach (var resource in Resources.Where(r => r.Scope == scope))
                {
                    foreach (var (path, _) in Strings(resource.Json, "").Where(s => s.Value.Contains(token, StringComparison.Ordinal)))
                    {
                        var allowed = path == "condition"
                            || (resource.Type == "Microsoft.KeyVault/vaults/secrets" && path == "properties.value")
                            || (resource.Type == "Microsoft.Resources/deployments" && PassesToSecureParameter(resource, path));
                        if (!allowed)
                        {
                            problems.Add($"secure parameter {secure.Name} reaches {resource.Type} {path} in {scope.Name}");
                        }
                    }
                }

                if (scope.Template.TryGetProperty("outputs", out var outputs) && outputs.GetRawText().Contains(token, StringComparison.Ordinal))
                {
                    problems.Add($"secure parameter {secure.Name} reaches an output of {scope.Name}");
                }
            }
        }

        return problems;
    }

    private static bool PassesToSecureParameter(ArmResource deployment, string path)
    {
        var match = Regex.Match(path, @"^properties\.parameters\.(?<name>[^.]+)\.value$");
        var declared = deployment.At("properties.template.parameters") is JsonElement p && match.Success && p.TryGetProperty(match.Groups["name"].Value, out var d)
            ? d.GetProperty("type").GetString()
            : null;
        return declared is "securestring" or "secureObject";
    }

    /// <summary>Every string in a resource with its dotted path, not descending into a nested template (its own scope).</summary>
    private static IEnumerable<(string Path, string Value)> Strings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return (path, element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => !(p.Name == "template" && path == "properties")))
                {
                    foreach (var inner in Strings(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in Strings(item, $"{path}[{i++}]"))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static string? ParameterName(JsonElement raw) =>
        raw.ValueKind == JsonValueKind.String && ParameterReference().Match(raw.GetString()!) is { Success: true } m ? m.Groups["name"].Value : null;

    private static Regex Glob(string pattern) => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(VaultName=(?<vault>[A-Za-z0-9-⁇]+);SecretName=(?<secret>[A-Za-z0-9-]+)\)$")]
    private static partial Regex KeyVaultReferencePattern();
}
