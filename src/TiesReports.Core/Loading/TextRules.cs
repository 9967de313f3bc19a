namespace TiesReports.Core.Loading;

/// <summary>What free text in a data file may contain.</summary>
public static class TextRules
{
    /// <summary>
    /// Bidirectional embedding, override and isolate controls can make printed text read differently from
    /// the data (the "Trojan Source" trick), so they are refused in data.
    /// </summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Returns null when the text is acceptable, else the reason.</summary>
    public static string? Check(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return $"text is {text.Length:N0} characters long; at most {maxLength:N0} are allowed";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c != '\n')
            {
                return $"text contains the control character U+{(int)c:X4} at position {i}";
            }

            if (IsBidiControl(c))
            {
                return $"text contains the bidirectional control U+{(int)c:X4} at position {i}";
            }

            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                return $"text contains an unpaired surrogate at position {i}";
            }

            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                return $"text contains an unpaired surrogate at position {i}";
            }
        }

        if (text.Trim().Length == 0)
        {
            return "text is blank";
        }

        return null;
    }
}
