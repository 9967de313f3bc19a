using TiesReports.Core.Localisation;

namespace TiesReports.Tests.Localisation;

/// <summary>What makes a glossary unusable for a language, in words: the checks <see cref="GlossaryTests"/> runs.</summary>
internal static class GlossaryChecks
{
    public static IReadOnlyList<string> Problems(Glossary glossary, IReadOnlyList<Language> languages)
    {
        var problems = new List<string>();
        foreach (var entry in glossary.Entries)
        {
            foreach (var language in languages.Where(l => !entry.Forms.ContainsKey(l.Tag)))
            {
                problems.Add($"{entry.Key}: no {language.Tag} text");
            }

            foreach (var extra in entry.Forms.Keys.Where(tag => languages.All(l => l.Tag != tag)))
            {
                problems.Add($"{entry.Key}: '{extra}' is not a brief language");
            }

            var english = entry.Forms.GetValueOrDefault("en")?.Values.FirstOrDefault();
            var expected = english is null ? null : Glossary.PlaceholdersOf(english);
            foreach (var (tag, forms) in entry.Forms)
            {
                foreach (var (form, text) in forms)
                {
                    var placeholders = Glossary.PlaceholdersOf(text);
                    if (expected is not null && !placeholders.SetEquals(expected))
                    {
                        problems.Add($"{entry.Key}: {tag} '{form}' has {{{string.Join("}, {", placeholders.Order(StringComparer.Ordinal))}}}, English has {{{string.Join("}, {", expected.Order(StringComparer.Ordinal))}}}");
                    }
                }

                if (entry.IsPlural && languages.FirstOrDefault(l => l.Tag == tag) is { } language && !forms.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(language.PluralCategories))
                {
                    problems.Add($"{entry.Key}: {tag} gives forms {string.Join(", ", forms.Keys)}, CLDR's categories are {string.Join(", ", language.PluralCategories)}");
                }
            }
        }

        return problems;
    }
}
