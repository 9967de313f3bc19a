using System.Collections.Frozen;

namespace TiesReports.Core.Model;

/// <summary>
/// A closed list of terms; data files may use only its codes. An unknown code is explained: a historical code
/// names its replacement, and a misspelt one gets the nearest valid codes.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The code that lets data say what something is in its own words (with a required label).</summary>
    public const string OtherCode = "other";

    private const int MaxSuggestions = 3;

    private readonly FrozenDictionary<string, Term> _byCode;
    private readonly FrozenDictionary<string, string[]> _aliases;
    private readonly FrozenDictionary<string, RetiredCode> _retired;

    public Vocabulary(string name, params Term[] terms)
        : this(name, null, terms, [], [])
    {
    }

    private Vocabulary(string name, string? standard, IReadOnlyList<Term> terms, IEnumerable<KeyValuePair<string, string>> aliases, IEnumerable<RetiredCode> retired)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Name = name;
        Standard = standard;
        Terms = terms;
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        _aliases = terms.Select(t => KeyValuePair.Create(t.Label, t.Code))
            .Concat(aliases)
            .Where(a => !_byCode.ContainsKey(a.Key))
            .GroupBy(a => a.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(a => a.Value).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
        _retired = retired.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>A list of codes set by a standard, too long to print whole in a message.</summary>
    /// <param name="name">What the list holds, for messages ("country").</param>
    /// <param name="standard">The standard the codes come from ("ISO 3166-1").</param>
    /// <param name="terms">The valid codes, in the order the schema and the docs list them.</param>
    /// <param name="aliases">Other ways people write a code (ARE, USA, Germany), each pointing at the codes it means.</param>
    /// <param name="retired">Codes that are no longer valid, with their replacements.</param>
    public static Vocabulary FromStandard(string name, string standard, IReadOnlyList<Term> terms, IEnumerable<KeyValuePair<string, string>> aliases, IEnumerable<RetiredCode> retired) =>
        new(name, standard, terms, aliases, retired);

    /// <summary>What the list holds, for error messages ("sector", "currency").</summary>
    public string Name { get; }

    /// <summary>The standard the codes follow, or null for the data format's own lists.</summary>
    public string? Standard { get; }

    public IReadOnlyList<Term> Terms { get; }

    /// <summary>Whether data may say <c>other</c> with its own label.</summary>
    public bool HasOther => _byCode.ContainsKey(OtherCode);

    public bool TryGet(string code, out Term term) => _byCode.TryGetValue(code, out term!);

    public Term this[string code] => _byCode[code];

    /// <summary>The label a brief prints: the data's own label for <c>other</c>, else the term's.</summary>
    public string LabelOf(string code, OtherLabel? other) =>
        code == OtherCode && other is not null ? other.Text : this[code].Label;

    public string Describe() => string.Join(", ", Terms.Select(t => t.Code));

    /// <summary>Why <paramref name="code"/> is not accepted, with the nearest valid codes where there are any.</summary>
    /// <param name="code">The code as written in the data.</param>
    /// <param name="shown">The code as it may be printed (control characters escaped).</param>
    public string DescribeUnknown(string code, string shown)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_retired.TryGetValue(code, out var retired))
        {
            var what = retired.Name.Length == 0 ? "" : $" ({retired.Name})";
            var valid = retired.Replacements.Where(_byCode.ContainsKey).ToList();
            return valid.Count == 0
                ? $"unknown {Name}: '{shown}'{what} is a historical {Standard ?? Name} code with no current replacement"
                : $"unknown {Name}: '{shown}'{what} is a historical {Standard ?? Name} code, replaced by {Quoted(valid, "and")}";
        }

        var suggestions = Suggest(code);
        var hint = suggestions.Count == 0 ? "" : $"; did you mean {Quoted(suggestions, "or")}?";
        return Standard is null
            ? $"unknown {Name} '{shown}'{hint}{(hint.Length == 0 ? ";" : "")} expected one of {Describe()}"
            : $"unknown {Name}: '{shown}' is not an {Standard} code{hint}";
    }

    /// <summary>
    /// The valid codes someone writing <paramref name="code"/> most likely meant: an alias (ARE → AE, UAE → AE,
    /// Germany → DE), the same code in the other case, or the codes fewest edits away.
    /// </summary>
    public IReadOnlyList<string> Suggest(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = code.Trim();
        if (_aliases.TryGetValue(key, out var aliased))
        {
            return aliased.Take(MaxSuggestions).ToList();
        }

        if (Terms.FirstOrDefault(t => string.Equals(t.Code, key, StringComparison.OrdinalIgnoreCase)) is { } sameLetters)
        {
            return [sameLetters.Code];
        }

        var limit = key.Length <= 3 ? 1 : Math.Max(2, key.Length / 4);
        var nearest = Terms
            .Select(t => (t.Code, Distance: EditDistance.Between(key.ToUpperInvariant(), t.Code.ToUpperInvariant())))
            .Where(x => x.Distance <= limit)
            .ToList();
        if (nearest.Count == 0)
        {
            return [];
        }

        var best = nearest.Min(x => x.Distance);
        return nearest.Where(x => x.Distance == best).Select(x => x.Code).Take(MaxSuggestions).ToList();
    }

    private static string Quoted(IReadOnlyList<string> codes, string conjunction) =>
        codes.Count == 1
            ? $"'{codes[0]}'"
            : string.Join(", ", codes.Take(codes.Count - 1).Select(c => $"'{c}'")) + $" {conjunction} '{codes[^1]}'";
}
