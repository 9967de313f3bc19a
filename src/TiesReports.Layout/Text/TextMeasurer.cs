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

        for (var i = 1; i < chain.Count; i++)
        {
            if (chain[i].HasGlyph(rune.Value))
            {
                return chain[i].DrawingFaceFor(rune.Value);
            }
        }

        return chain[0];
    }

    public static double Width(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var chain = FontLibrary.Instance.FallbackChain(style.Bold, style.Italic);
        double width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += FaceFor(rune, chain).AdvanceOf(rune.Value);
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
