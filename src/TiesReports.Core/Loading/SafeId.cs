using System.Buffers;
using System.Collections.Frozen;

namespace TiesReports.Core.Loading;

/// <summary>
/// The id rule: lower-case ASCII letters, digits and inner hyphens, at most 64 characters. Ids become blob
/// names and file names, so anything that could climb out of a folder or mean something to a file system
/// is refused here, once, for every entry point.
/// </summary>
public static class SafeId
{
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static readonly FrozenSet<string> Reserved = new[]
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsValid(string? id) => Check(id) is null;

    /// <summary>Returns null when the id is safe, else why it is not.</summary>
    public static string? Check(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "id is empty";
        }

        if (id.Length > MaxLength)
        {
            return $"id is {id.Length} characters long; at most {MaxLength} are allowed";
        }

        if (id.AsSpan().IndexOfAnyExcept(Allowed) >= 0)
        {
            return $"id '{Printable(id)}' may hold only lower-case letters a-z, digits and hyphens";
        }

        if (id[0] == '-' || id[^1] == '-')
        {
            return $"id '{id}' must not start or end with a hyphen";
        }

        if (Reserved.Contains(id))
        {
            return $"id '{id}' is a reserved device name on some file systems";
        }

        return null;
    }

    /// <summary>
    /// Shows untrusted text in a message, at most 40 characters: characters that would be invisible or rearrange
    /// the message (controls, format and bidi controls, odd spaces, unassigned) are escaped, as in
    /// <c>harbin\u200b-khabarovsk</c>.
    /// </summary>
    public static string Printable(string text)
    {
        var shown = new System.Text.StringBuilder(Math.Min(text.Length, 48));
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count++ == 40)
            {
                shown.Append('…');
                break;
            }

            if (IsInvisible(rune))
            {
                shown.Append(rune.IsBmp ? $"\\u{rune.Value:x4}" : $"\\U{rune.Value:x8}");
            }
            else
            {
                shown.Append(rune.ToString());
            }
        }

        return shown.ToString();
    }

    private static bool IsInvisible(System.Text.Rune rune) => rune.Value != ' ' && System.Text.Rune.GetUnicodeCategory(rune) is
        System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format or
        System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse or
        System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.SpaceSeparator or
        System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;
}
