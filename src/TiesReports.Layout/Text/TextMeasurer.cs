using System.Text;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Text;

/// <summary>
/// Picks a face for every character (per-character fallback across the shipped fonts) and measures text.
/// Characters no shipped font has are replaced by '?', so nothing invisible reaches the page.
/// </summary>
public static class TextMeasurer
{
    public static FontFace FaceFor(Rune rune, IReadOnlyList<FontFace> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain[0].HasGlyph(rune.Value))
        {
            return chain[0];
        }

        if (NeedsShaping(rune.Value))
        {
            // Noto Sans has Devanagari too, but unshaped: such scripts go to the face that is shaped.
            for (var i = 1; i < chain.Count; i++)
            {
                if (chain[i].NeedsShaping && chain[i].HasGlyph(rune.Value))
                {
                    return chain[i];
                }
            }
        }

        for (var i = 1; i < chain.Count; i++)
        {
            if (chain[i].HasGlyph(rune.Value))
            {
                return chain[i];
            }
        }

        return chain[0];
    }

    /// <summary>Blocks of the scripts drawn by shaping (Hebrew, Arabic, Devanagari, Thai and their presentation forms).</summary>
    private static bool NeedsShaping(int codePoint) => codePoint is
        >= 0x0590 and <= 0x08FF or // Hebrew, Arabic and its supplements
        >= 0x0900 and <= 0x097F or // Devanagari
        >= 0x0E00 and <= 0x0E7F or // Thai
        >= 0x1CD0 and <= 0x1CFF or // Vedic extensions
        >= 0xA8E0 and <= 0xA8FF or // Devanagari extended
        >= 0xFB1D and <= 0xFDFF or // Hebrew and Arabic presentation forms A
        >= 0xFE70 and <= 0xFEFF; // Arabic presentation forms B

    public static double Width(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var chain = FontLibrary.Instance.FallbackChain(style.Bold, style.Italic);
        double width = 0;
        var index = 0;
        while (index < text.Length)
        {
            var rune = Rune.GetRuneAt(text, index);
            var face = FaceFor(rune, chain);
            if (!face.NeedsShaping)
            {
                width += face.AdvanceOf(rune.Value);
                index += rune.Utf16SequenceLength;
                continue;
            }

            // Joined and combined forms differ in width from the characters alone: measure the shaped run.
            var end = index;
            while (end < text.Length && FaceFor(Rune.GetRuneAt(text, end), chain) == face)
            {
                end += Rune.GetRuneAt(text, end).Utf16SequenceLength;
            }

            width += TextShaper.Shape(text[index..end], face, rightToLeft: false).Width;
            index = end;
        }

        return width * style.Size;
    }

    /// <summary>
    /// <paramref name="text"/> if it fits in <paramref name="maxWidth"/>, else as many whole characters (grapheme
    /// clusters, so no accent or conjunct is split) as fit before an ellipsis.
    /// </summary>
    public static string Fit(string text, TextStyle style, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        if (Width(text, style) <= maxWidth)
        {
            return text;
        }

        const string Ellipsis = "…";
        var available = maxWidth - Width(Ellipsis, style);
        var end = 0;
        var used = 0d;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var width = Width(element, style);
            if (used + width > available)
            {
                break;
            }

            used += width;
            end = elements.ElementIndex + element.Length;
        }

        return text[..end].TrimEnd() + Ellipsis;
    }

    /// <summary>Whether the rune is drawn as itself (not a control, and some shipped face has it).</summary>
    internal static bool IsDrawable(Rune rune, IReadOnlyList<FontFace> chain) => !Rune.IsControl(rune) && HasAny(chain, rune.Value);

    private static bool HasAny(IReadOnlyList<FontFace> chain, int codePoint)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i].HasGlyph(codePoint))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces characters no shipped face can draw (and controls) with '?'.</summary>
    public static string Drawable(string text, IReadOnlyList<FontFace> chain)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(chain);

        // Fast path: every character is in the first face (most Latin and Cyrillic text).
        var primary = chain[0];
        var simple = true;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || char.IsControl(c) || !primary.HasGlyph(c))
            {
                simple = false;
                break;
            }
        }

        if (simple)
        {
            return text;
        }

        StringBuilder? builder = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var drawable = !Rune.IsControl(rune) && HasAny(chain, rune.Value);
            if (!drawable && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, index);
            }

            if (builder is not null)
            {
                if (drawable)
                {
                    builder.Append(rune.ToString());
                }
                else
                {
                    builder.Append(rune.Value == '\n' ? ' ' : '?');
                }
            }

            index += rune.Utf16SequenceLength;
        }

        return builder?.ToString() ?? text;
    }
}
