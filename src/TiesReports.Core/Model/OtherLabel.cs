namespace TiesReports.Core.Model;

/// <summary>
/// What an <c>other</c> sector or kind is, in the data's own words, so that nothing is forced into a wrong code.
/// Translations are optional and keyed by the languages briefs can be written in.
/// </summary>
public sealed record OtherLabel(string Text, IReadOnlyDictionary<string, string> Translations)
{
    /// <summary>The languages a translation may be given in, besides the English <see cref="Text"/>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ru", "zh"];

    public string In(string language) => Translations.TryGetValue(language, out var text) ? text : Text;
}
