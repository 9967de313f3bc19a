using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TiesReports.Core.Localisation;

/// <summary>
/// Every word a brief prints that is not data: labels, headings, sentence templates, notes, captions, table
/// headers, footer and PDF metadata, and the domain terms with their conventional renderings, in every brief
/// language. Kept in one readable file (glossary.json) so translators and reviewers see the languages side by side.
/// </summary>
public sealed partial class Glossary
{
    internal const string ResourceName = "TiesReports.Core.glossary.json";

    private static readonly Lazy<Glossary> ShippedGlossary = new(() => Parse(ReadText()));

    private readonly FrozenDictionary<string, GlossaryEntry> _entries;

    private Glossary(FrozenDictionary<string, GlossaryEntry> entries) => _entries = entries;

    /// <summary>The glossary built into the app.</summary>
    public static Glossary Shipped => ShippedGlossary.Value;

    public IEnumerable<GlossaryEntry> Entries => _entries.Values;

    public GlossaryEntry this[string key] =>
        _entries.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException($"The glossary has no key '{key}'.");

    public bool Contains(string key) => _entries.ContainsKey(key);

    /// <summary>The named placeholders of a template: "{period}" gives "period".</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fills each "{name}" of a template in one pass, so braces in the values are left alone.</summary>
    internal static string Fill(string template, Func<string, string> valueOf) =>
        Placeholder().Replace(template, m => valueOf(m.Groups[1].Value));

    public static string ReadText()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a glossary: an object of keys, each an object of language tags, each a text or an object of plural forms.</summary>
    public static Glossary Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var entries = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
        {
            var forms = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            var plural = false;
            foreach (var language in property.Value.EnumerateObject())
            {
                if (language.Value.ValueKind == JsonValueKind.Object)
                {
                    plural = true;
                    forms[language.Name] = language.Value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString()!, StringComparer.Ordinal);
                }
                else
                {
                    forms[language.Name] = new Dictionary<string, string>(StringComparer.Ordinal) { [GlossaryEntry.Text] = language.Value.GetString()! };
                }
            }

            entries[property.Name] = new GlossaryEntry(property.Name, forms, plural);
        }

        return new Glossary(entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
