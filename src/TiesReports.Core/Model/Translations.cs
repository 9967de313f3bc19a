using System.Collections.Frozen;

namespace TiesReports.Core.Model;

/// <summary>
/// Human translations of an item's free text, as the data gives them: by brief language tag ("ru", "zh-Hans"),
/// then by field ("name", "title", "text"). A brief in a language the data does not translate prints the source
/// text, marked once per brief; nothing is ever machine-translated.
/// </summary>
public sealed class Translations(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
{
    /// <summary>The field name under which a dated fact's or period's note is translated.</summary>
    public const string NoteField = "note";

    private readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage = byLanguage.ToFrozenDictionary(StringComparer.Ordinal);

    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>The translation of <paramref name="field"/> into <paramref name="languageTag"/>, or null.</summary>
    public string? Of(string languageTag, string field) =>
        _byLanguage.TryGetValue(languageTag, out var fields) && fields.TryGetValue(field, out var text) ? text : null;

    /// <summary>
    /// The translations of one field as a note's ("note"), or null when no language translates it: a dated fact or
    /// period carries its note's translations, whichever field of the item the note was ("sinceNote", "dateNote").
    /// </summary>
    public Translations? AsNote(string field)
    {
        var notes = _byLanguage
            .Where(l => l.Value.ContainsKey(field))
            .ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal) { [NoteField] = l.Value[field] }, StringComparer.Ordinal);
        return notes.Count == 0 ? null : new Translations(notes);
    }
}
