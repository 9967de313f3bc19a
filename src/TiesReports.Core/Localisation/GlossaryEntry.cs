namespace TiesReports.Core.Localisation;

/// <summary>
/// One glossary key in every language: a text with named placeholders ("{period}"), or, for a count, one text
/// per CLDR plural category ("one", "few", "many", "other").
/// </summary>
public sealed record GlossaryEntry(string Key, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Forms, bool IsPlural)
{
    /// <summary>The plain-text form key of a non-plural entry.</summary>
    public const string Text = "text";
}
