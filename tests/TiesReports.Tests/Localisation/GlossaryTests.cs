using System.Text.RegularExpressions;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Localisation;

/// <summary>
/// The glossary is complete and consistent: every key in every brief language, the same named placeholders in
/// every language, plural texts for exactly the CLDR categories of each language, a label for every controlled
/// term, and every key the code asks for.
/// </summary>
public sealed partial class GlossaryTests
{
    [Fact]
    public void ShippedGlossary_HasEveryKeyInEveryLanguage_WithTheSamePlaceholders()
    {
        Assert.Empty(GlossaryChecks.Problems(Glossary.Shipped, Language.All));
    }

    [Fact]
    public void Glossary_WithAKeyMissingALanguage_IsReported()
    {
        var glossary = Glossary.Parse("""{ "heading": { "en": "Sources", "ru": "Источники" } }""");

        Assert.Equal(["heading: no zh-Hans text"], GlossaryChecks.Problems(glossary, Language.All));
    }

    [Fact]
    public void Glossary_WithAPlaceholderRenamedInOneLanguage_IsReported()
    {
        var glossary = Glossary.Parse("""{ "notice": { "en": "Data as of {date}", "ru": "Данные на {data}", "zh-Hans": "数据截至{date}" } }""");

        var problem = Assert.Single(GlossaryChecks.Problems(glossary, Language.All));
        Assert.Equal("notice: ru 'text' has {data}, English has {date}", problem);
    }

    [Fact]
    public void Glossary_WithRussianPluralLackingFew_IsReported()
    {
        var glossary = Glossary.Parse("""
            { "count": { "en": { "one": "{count} partner", "other": "{count} partners" },
                         "ru": { "one": "{count} партнёр", "many": "{count} партнёров", "other": "{count} партнёра" },
                         "zh-Hans": { "other": "{count}个合作伙伴" } } }
            """);

        var problem = Assert.Single(GlossaryChecks.Problems(glossary, Language.All));
        Assert.StartsWith("count: ru gives forms one, many, other, CLDR's categories are", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryControlledTerm_HasAGlossaryLabel_WhoseEnglishIsTheVocabularyLabel()
    {
        var lists = new Dictionary<string, Vocabulary>
        {
            ["stage"] = Vocabularies.PartnershipStages,
            ["sector"] = Vocabularies.Sectors,
            ["sector-status"] = Vocabularies.SectorStatuses,
            ["sector-topic"] = Vocabularies.SectorTopics,
            ["place-kind"] = Vocabularies.PlaceKinds,
            ["capacity"] = Vocabularies.PersonCapacities,
            ["institution-kind"] = Vocabularies.InstitutionKinds,
            ["connection-kind"] = Vocabularies.ConnectionKinds,
            ["connection-status"] = Vocabularies.ConnectionStatuses,
            ["event-kind"] = Vocabularies.EventKinds,
        };

        foreach (var (list, vocabulary) in lists)
        {
            foreach (var term in vocabulary.Terms)
            {
                Assert.Equal(term.Label, Language.English.Term(list, term.Code));
                Assert.NotEqual(term.Label, Language.Russian.Term(list, term.Code));
            }
        }
    }

    [Fact]
    public void EveryKeyTheCodeAsksFor_IsInTheGlossary()
    {
        var asked = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(asked.Count > 150, $"only {asked.Count} keys found in the code");
        var missing = asked.Where(k => !Glossary.Shipped.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "not in the glossary: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("term.memorandum-of-understanding", "меморандум о взаимопонимании", "谅解备忘录")]
    [InlineData("term.friendly-exchange-city", "город дружественного обмена", "友好交流城市")]
    [InlineData("term.sister-city", "город-побратим", "友好城市")]
    [InlineData("stage.sister-cities", "Города-побратимы", "友好城市")]
    [InlineData("institution-kind.trade-office", "Торговое представительство", "贸易代表处")]
    [InlineData("institution-kind.cooperation-centre", "Центр сотрудничества", "合作中心")]
    public void DomainTerms_UseTheConventionalOfficialRenderings(string key, string russian, string chinese)
    {
        Assert.Equal(russian, Language.Russian.Text(key));
        Assert.Equal(chinese, Language.Chinese.Text(key));
    }

    /// <summary>A glossary key in a call: l.Text("…"), L.Format("…", …), language.Count("…", …).</summary>
    [GeneratedRegex(@"\.(?:Text|Format|Count)\(\s*""([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)""")]
    private static partial Regex KeyUse();
}
