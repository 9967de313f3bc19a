using System.Globalization;
using System.Text.Json;
using TiesReports.Core.Localisation;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Localisation;

/// <summary>
/// The plural rule evaluator against CLDR's own samples: every "@integer" and "@decimal" example of every
/// category of every locale in the pinned cldr-core gets its category back.
/// </summary>
public sealed class PluralRulesTests
{
    private static readonly string PluralsFile = Path.Combine(RepoPaths.Root, "node_modules", "cldr-core", "supplemental", "plurals.json");

    [Fact]
    public void EveryCldrLocale_PutsEachOfItsSamplesInItsCategory()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(PluralsFile));
        var locales = json.RootElement.GetProperty("supplemental").GetProperty("plurals-type-cardinal");
        var failures = new List<string>();
        var checkedSamples = 0;
        foreach (var locale in locales.EnumerateObject())
        {
            var rules = locale.Value.EnumerateObject().ToDictionary(r => r.Name.Replace("pluralRule-count-", "", StringComparison.Ordinal), r => r.Value.GetString()!);
            var plurals = PluralRules.Parse(rules);
            foreach (var (category, rule) in rules)
            {
                foreach (var sample in Samples(rule))
                {
                    checkedSamples++;
                    var actual = plurals.Select(decimal.Parse(sample, CultureInfo.InvariantCulture));
                    if (actual != category)
                    {
                        failures.Add($"{locale.Name} {sample}: {actual}, CLDR says {category}");
                    }
                }
            }
        }

        Assert.True(checkedSamples > 3_000, $"only {checkedSamples} samples checked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedSamples} samples differ, e.g.\n{string.Join("\n", failures.Take(10))}");
    }

    [Theory]
    [InlineData("i = 1 and v = x", "a number is expected")]
    [InlineData("i = 1 and v =", "the rule ends too early")]
    [InlineData("x = 1", "'x' is not an operand")]
    [InlineData("n = 1 n", "unexpected 'n'")]
    public void MalformedRule_IsRefusedWithTheRuleAndTheReason(string rule, string reason)
    {
        var error = Assert.Throws<FormatException>(() => PluralRules.Parse([new("one", rule)]));

        Assert.Contains($"'one: {rule}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RussianCount_WithVisibleFractionDigits_IsOther()
    {
        var russian = PluralRules.Parse(Language.Russian.Locale.Plurals);

        Assert.Equal("one", russian.Select(21m));
        Assert.Equal("few", russian.Select(22m));
        Assert.Equal("many", russian.Select(11m));
        Assert.Equal("other", russian.Select(1.0m));
    }

    /// <summary>The samples after "@integer" and "@decimal": both ends of each "a~b" range; compact forms ("1c6") are left out.</summary>
    private static IEnumerable<string> Samples(string rule)
    {
        foreach (var list in rule.Split('@').Skip(1))
        {
            var items = list[(list.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var item in items.Where(i => i != "…" && !i.Contains('c', StringComparison.Ordinal) && !i.Contains('e', StringComparison.Ordinal)))
            {
                foreach (var end in item.Split('~'))
                {
                    yield return end;
                }
            }
        }
    }
}
