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

    /// <summary>Shows a hostile id without control or invisible characters, and not too long.</summary>
    public static string Printable(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return string.Create(shown.Length, shown, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsControl(s[i]) || char.IsSurrogate(s[i]) || TextRules.IsBidiControl(s[i]) ? '?' : s[i];
            }
        });
    }
}
