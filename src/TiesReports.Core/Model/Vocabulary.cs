using System.Collections.Frozen;

namespace TiesReports.Core.Model;

/// <summary>A closed list of terms; data files may use only its codes.</summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, Term> _byCode;

    public Vocabulary(string name, params Term[] terms)
    {
        Name = name;
        Terms = terms;
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>What the list holds, for error messages ("sector", "currency").</summary>
    public string Name { get; }

    public IReadOnlyList<Term> Terms { get; }

    public bool TryGet(string code, out Term term) => _byCode.TryGetValue(code, out term!);

    public Term this[string code] => _byCode[code];

    public string Describe() => string.Join(", ", Terms.Select(t => t.Code));
}
