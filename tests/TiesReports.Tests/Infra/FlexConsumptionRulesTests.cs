using System.Text.Json;
using System.Text.Json.Nodes;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Infra;

/// <summary>
/// Flex Consumption's rules, read from FlexConsumptionRules.json, hold for the compiled template
/// (`bicep build infra/main.bicep --stdout`): one test case per rule, named after it.
/// </summary>
public sealed class FlexConsumptionRulesTests
{
    private const string PackageRuleKind = "no-polling-blob-trigger";

    public static TheoryData<string> TemplateRules() => [.. FlexConsumptionRuleBook.Rules.Where(r => r.Kind != PackageRuleKind).Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(TemplateRules))]
    public void CompiledTemplate_SatisfiesFlexRule(string ruleId)
    {
        var rule = FlexConsumptionRuleBook.Rule(ruleId);

        var violations = new FlexConsumptionRuleChecker(FlexConsumptionRuleBook.Template).Check(rule);

        Assert.True(violations.Count == 0, $"{rule}:\n  " + string.Join("\n  ", violations));
    }

    [Fact]
    public void RuleList_EveryRuleIsUnique_AndCitesItsSource()
    {
        var rules = FlexConsumptionRuleBook.Rules;

        Assert.True(rules.Count >= 40, $"only {rules.Count} rules were read from {FlexConsumptionRuleBook.FilePath}");
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rules, r => Assert.True(FlexConsumptionRuleBook.Sources.ContainsKey(r.Source), $"{r.Id} cites unknown source '{r.Source}'"));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Why), $"{r.Id} does not say why"));
        Assert.Contains(rules, r => r.Kind == PackageRuleKind);
    }

    [Fact]
    public void Checker_ReportsWhatFlexConsumptionRejects_InABrokenTemplate()
    {
        var broken = JsonNode.Parse(FlexConsumptionRuleBook.Template.GetRawText())!;
        var main = broken["parameters"]!;
        main["location"]!.AsObject().Remove("allowedValues");
        var site = Find(broken, "Microsoft.Web/sites")!;
        var siteConfig = site["properties"]!["siteConfig"]!.AsObject();
        siteConfig["ftpsState"] = "Disabled";
        siteConfig["http20Enabled"] = true;
        var settings = siteConfig["appSettings"]!.AsArray();
        settings.Add(new JsonObject { ["name"] = "FUNCTIONS_WORKER_RUNTIME", ["value"] = "dotnet-isolated" });
        settings.Add(new JsonObject { ["name"] = "WEBSITE_CONTENTSHARE", ["value"] = "share" });
        settings.Add(new JsonObject { ["name"] = "Delivery:PublicBaseUrl", ["value"] = "https://example.org" });
        settings.Single(s => (string?)s!["name"] == "Smtp__Password")!["value"] = "[parameters('smtpPasswordSecretName')]";
        site["properties"]!.AsObject().Remove("keyVaultReferenceIdentity");
        Find(broken, "Microsoft.EventGrid/systemTopics")!["apiVersion"] = "2024-06-01-preview";
        Find(broken, "Microsoft.Authorization/roleAssignments")!.AsObject().Remove("scope");

        var checker = new FlexConsumptionRuleChecker(JsonDocument.Parse(broken.ToJsonString()).RootElement);
        string[] Violated(string id) => [.. checker.Check(FlexConsumptionRuleBook.Rule(id))];

        Assert.NotEmpty(Violated("location-regions"));
        Assert.NotEmpty(Violated("site-config-only"));
        Assert.NotEmpty(Violated("forbidden-site-config ftpsState"));
        Assert.NotEmpty(Violated("forbidden-site-config http20Enabled"));
        Assert.NotEmpty(Violated("forbidden-app-setting FUNCTIONS_WORKER_RUNTIME"));
        Assert.NotEmpty(Violated("forbidden-app-setting WEBSITE_CONTENT*"));
        Assert.NotEmpty(Violated("app-setting-names"));
        Assert.NotEmpty(Violated("key-vault-reference Smtp__Password"));
        Assert.NotEmpty(Violated("site-identity properties.keyVaultReferenceIdentity"));
        Assert.NotEmpty(Violated("ga-api-versions"));
        Assert.NotEmpty(Violated("role-scopes"));
        Assert.Empty(Violated("forbidden-app-setting WEBSITE_RUN_FROM_PACKAGE"));
    }

    [Fact]
    public void Checker_FollowsScaleSettings_ThroughModulesToTheMainParameters()
    {
        var literal = JsonNode.Parse(FlexConsumptionRuleBook.Template.GetRawText())!;
        var scale = Find(literal, "Microsoft.Web/sites")!["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;
        scale["maximumInstanceCount"] = 1;
        scale["instanceMemoryMB"] = 1024;
        var unbounded = JsonNode.Parse(FlexConsumptionRuleBook.Template.GetRawText())!;
        unbounded["parameters"]!["maximumInstanceCount"]!["minValue"] = 1;
        unbounded["parameters"]!["instanceMemoryMB"]!["allowedValues"]!.AsArray().Add(1024);

        string Violations(JsonNode template, string id) =>
            string.Join(' ', new FlexConsumptionRuleChecker(JsonDocument.Parse(template.ToJsonString()).RootElement).Check(FlexConsumptionRuleBook.Rule(id)));
        const string Count = "site-range properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount";
        const string Memory = "site-one-of properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB";

        Assert.Contains("resolves to 1,", Violations(literal, Count), StringComparison.Ordinal);
        Assert.Contains("resolves to 1024", Violations(literal, Memory), StringComparison.Ordinal);
        Assert.Contains("maximumInstanceCount in main allows 1..1000", Violations(unbounded, Count), StringComparison.Ordinal);
        Assert.Contains("instanceMemoryMB in main allows 512, 2048, 4096, 1024", Violations(unbounded, Memory), StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_FindsASecretThatLeaksIntoAnAppSetting()
    {
        var broken = JsonNode.Parse(FlexConsumptionRuleBook.Template.GetRawText())!;
        var app = Find(broken, "Microsoft.Resources/deployments", "ties-reports-app")!;
        var functionApp = Find(app, "Microsoft.Resources/deployments", "function-app")!;
        functionApp["properties"]!["parameters"]!["smtpFrom"] = new JsonObject { ["value"] = "[parameters('smtpPassword')]" };

        var violations = new FlexConsumptionRuleChecker(JsonDocument.Parse(broken.ToJsonString()).RootElement)
            .Check(FlexConsumptionRuleBook.Rule("secure-parameters-only-in-key-vault"));

        Assert.Contains(violations, v => v.Contains("smtpPassword", StringComparison.Ordinal) && v.Contains("smtpFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void ParametersFile_GivesValuesTheTemplateAccepts()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "main.parameters.json")));
        var declared = FlexConsumptionRuleBook.Template.GetProperty("parameters");

        foreach (var given in file.RootElement.GetProperty("parameters").EnumerateObject())
        {
            Assert.True(declared.TryGetProperty(given.Name, out var declaration), $"main.parameters.json sets {given.Name}, which main.bicep does not declare");
            var value = given.Value.GetProperty("value");
            if (value.ValueKind == JsonValueKind.Number)
            {
                var n = value.GetInt64();
                Assert.True(!declaration.TryGetProperty("minValue", out var min) || n >= min.GetInt64(), $"{given.Name} = {n} is below its minimum");
                Assert.True(!declaration.TryGetProperty("maxValue", out var max) || n <= max.GetInt64(), $"{given.Name} = {n} is above its maximum");
                Assert.True(!declaration.TryGetProperty("allowedValues", out var allowed) || allowed.EnumerateArray().Any(a => a.GetInt64() == n), $"{given.Name} = {n} is not allowed");
            }
            else if (declaration.GetProperty("type").GetString() == "securestring")
            {
                // A secret comes from the azd environment (or is set in Key Vault out of band), never from the file.
                Assert.Matches(@"^\$\{[A-Z_]+\}$", value.GetString()!);
            }
        }
    }

    [Fact]
    public void AzureYaml_DeploysTheFunctionsProject_ToTheSiteTaggedForIt()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "azure.yaml"));
        var service = System.Text.RegularExpressions.Regex.Match(yaml, @"(?m)^services:\s*\n\s{2}(?<name>[\w-]+):\s*\n(?<body>(?:\s{4}.*\n?)+)");
        var site = ArmScope.OfMainTemplate(FlexConsumptionRuleBook.Template).AllResources().Single(r => r.Type == "Microsoft.Web/sites");
        var tags = site.Evaluate("tags") as IDictionary<string, object?>;

        Assert.True(service.Success, "azure.yaml names no service");
        Assert.Equal(service.Groups["name"].Value, ArmExpression.Text(tags?["azd-service-name"]));
        Assert.Contains("project: ./src/TiesReports.Functions", service.Groups["body"].Value, StringComparison.Ordinal);
        Assert.Contains("host: function", service.Groups["body"].Value, StringComparison.Ordinal);
        Assert.Contains("path: infra", yaml, StringComparison.Ordinal);
    }

    /// <summary>The first resource of a type (optionally with a literal name) anywhere in the template.</summary>
    private static JsonNode? Find(JsonNode node, string type, string? name = null)
    {
        switch (node)
        {
            case JsonObject o when (string?)o["type"] == type && (name is null || (string?)o["name"] == name):
                return o;
            case JsonObject o:
                return o.Select(p => p.Value is null ? null : Find(p.Value, type, name)).FirstOrDefault(n => n is not null);
            case JsonArray a:
                return a.Select(n => n is null ? null : Find(n, type, name)).FirstOrDefault(n => n is not null);
            default:
                return null;
        }
    }
}
