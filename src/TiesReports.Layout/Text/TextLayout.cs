using System.Text;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Text;

/// <summary>
/// Breaks styled text into lines: at spaces and after hyphens for Latin and Cyrillic, between characters for
/// Chinese and Japanese, and inside a word only when the word alone is wider than the line.
/// </summary>
public static class TextLayout
{
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextSpan> spans, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var library = FontLibrary.Instance;
        var lines = new List<TextLine>();
        var current = new List<Piece>();
        double width = 0;

        foreach (var piece in Pieces(spans, library))
        {
            if (piece.Kind == PieceKind.Newline)
            {
                lines.Add(Build(current, piece.Style));
                current.Clear();
                width = 0;
                continue;
            }

            if (piece.Kind == PieceKind.Space)
            {
                if (current.Count > 0)
                {
                    current.Add(piece);
                    width += piece.Width;
                }

                continue;
            }

            if (width + piece.Width <= maxWidth || (current.Count == 0 && piece.Width <= maxWidth))
            {
                current.Add(piece);
                width += piece.Width;
                continue;
            }

            if (current.Count > 0)
            {
                lines.Add(Build(current, piece.Style));
                current.Clear();
                width = 0;
            }

            // A word wider than the whole line (a long URL, an id) is cut between characters.
            var rest = piece;
            while (rest.Width > maxWidth)
            {
                var (head, tail) = rest.SplitToFit(maxWidth);
                lines.Add(Build([head], piece.Style));
                rest = tail;
            }

            current.Add(rest);
            width = rest.Width;
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(Build(current, spans.Count > 0 ? spans[^1].Style : new TextStyle()));
        }

        return lines;
    }

    public static IReadOnlyList<TextLine> Break(string text, TextStyle style, double maxWidth) => Break([new TextSpan(text, style)], maxWidth);

    private static IEnumerable<Piece> Pieces(IReadOnlyList<TextSpan> spans, FontLibrary library)
    {
        foreach (var span in spans)
        {
            var chain = library.FallbackChain(span.Style.Bold, span.Style.Italic);
            var text = span.Text;
            var start = 0;
            var i = 0;
            while (i < text.Length)
            {
                var rune = Rune.GetRuneAt(text, i);
                var length = rune.Utf16SequenceLength;
                if (rune.Value == '\n' || Rune.IsWhiteSpace(rune) || IsIdeographic(rune))
                {
                    if (i > start)
                    {
                        yield return Piece.Create(text[start..i], PieceKind.Word, span, chain);
                    }

                    if (rune.Value == '\n')
                    {
                        yield return Piece.Create("", PieceKind.Newline, span, chain);
                    }
                    else if (Rune.IsWhiteSpace(rune))
                    {
                        yield return Piece.Create(" ", PieceKind.Space, span, chain);
                    }
                    else
                    {
                        // Closing punctuation stays with the character before it, never starts a line.
                        var end = i + length;
                        while (end < text.Length && IsClosingPunctuation(text[end]))
                        {
                            end++;
                        }

                        yield return Piece.Create(text[i..end], PieceKind.Word, span, chain);
                        length = end - i;
                    }

                    i += length;
                    start = i;
                    continue;
                }

                i += length;
                if (rune.Value is '-' or '/' or '–' && i < text.Length && i - start > 1)
                {
                    // A break opportunity after a hyphen or slash inside a word.
                    yield return Piece.Create(text[start..i], PieceKind.Word, span, chain);
                    start = i;
                }
            }

            if (start < text.Length)
            {
                yield return Piece.Create(text[start..], PieceKind.Word, span, chain);
            }
        }
    }

    private static TextLine Build(List<Piece> pieces, TextStyle fallbackStyle)
    {
        while (pieces.Count > 0 && pieces[^1].Kind == PieceKind.Space)
        {
            pieces.RemoveAt(pieces.Count - 1);
        }

        var runs = new List<GlyphRun>();
        double x = 0;
        var maxSize = 0d;
        var height = 0d;
        foreach (var piece in pieces)
        {
            maxSize = Math.Max(maxSize, piece.Style.Size);
            height = Math.Max(height, piece.Style.Size * piece.Style.LineHeight);
            foreach (var (text, face, w) in piece.Segments)
            {
                if (runs.Count > 0 && runs[^1] is var last && last.Face == face && last.Style == piece.Style && last.Link == piece.Link)
                {
                    runs[^1] = last with { Text = last.Text + text, Width = last.Width + w };
                }
                else
                {
                    runs.Add(new GlyphRun(text, face, piece.Style, x, w, piece.Link));
                }

                x += w;
            }
        }

        if (pieces.Count == 0)
        {
            maxSize = fallbackStyle.Size;
            height = fallbackStyle.Size * fallbackStyle.LineHeight;
        }

        var primary = FontLibrary.Instance.SansRegular;
        var ascent = (height - maxSize * (primary.Ascent + primary.Descent)) / 2 + maxSize * primary.Ascent;
        return new TextLine(runs, x, ascent, height);
    }

    private static bool IsIdeographic(Rune rune) => rune.Value is
        >= 0x2E80 and <= 0x2FFF or // CJK radicals
        >= 0x3000 and <= 0x30FF or // CJK punctuation, kana
        >= 0x3400 and <= 0x4DBF or // extension A
        >= 0x4E00 and <= 0x9FFF or // unified ideographs
        >= 0xAC00 and <= 0xD7AF or // Hangul
        >= 0xF900 and <= 0xFAFF or // compatibility ideographs
        >= 0xFF00 and <= 0xFFEF or // full-width forms
        >= 0x20000 and <= 0x3FFFF; // extensions B+

    private static bool IsClosingPunctuation(char c) => c is '，' or '。' or '、' or '：' or '；' or '！' or '？' or '）' or '」' or '』' or '】' or '》' or '”' or ')' or ',' or '.';

    private enum PieceKind
    {
        Word,
        Space,
        Newline,
    }

    /// <summary>An unbreakable piece of text, already split by face and measured.</summary>
    private sealed record Piece(PieceKind Kind, TextStyle Style, Uri? Link, IReadOnlyList<(string Text, FontFace Face, double Width)> Segments, double Width)
    {
        public static Piece Create(string text, PieceKind kind, TextSpan span, IReadOnlyList<FontFace> chain)
        {
            text = TextMeasurer.Drawable(text, chain);
            var size = span.Style.Size;
            var segments = new List<(string, FontFace, double)>(1);
            FontFace? face = null;
            int segmentStart = 0;
            double segmentWidth = 0, total = 0;
            var i = 0;
            while (i < text.Length)
            {
                var rune = Rune.GetRuneAt(text, i);
                var f = TextMeasurer.FaceFor(rune, chain);
                var w = f.AdvanceOf(rune.Value) * size;
                if (face is not null && f != face)
                {
                    segments.Add((text[segmentStart..i], face, segmentWidth));
                    segmentStart = i;
                    segmentWidth = 0;
                }

                face = f;
                segmentWidth += w;
                total += w;
                i += rune.Utf16SequenceLength;
            }

            if (face is not null)
            {
                segments.Add((segmentStart == 0 ? text : text[segmentStart..], face, segmentWidth));
            }

            return new Piece(kind, span.Style, span.Link, segments, total);
        }

        /// <summary>Cuts the piece after as many characters as fit in <paramref name="maxWidth"/> (at least one).</summary>
        public (Piece Head, Piece Tail) SplitToFit(double maxWidth)
        {
            var head = new List<(string, FontFace, double)>();
            var tail = new List<(string, FontFace, double)>();
            double used = 0;
            var full = false;
            foreach (var (text, face, _) in Segments)
            {
                var headText = new StringBuilder();
                var tailText = new StringBuilder();
                double headWidth = 0, tailWidth = 0;
                foreach (var rune in text.EnumerateRunes())
                {
                    var w = face.AdvanceOf(rune.Value) * Style.Size;
                    if (!full && (used + w <= maxWidth || used == 0))
                    {
                        headText.Append(rune.ToString());
                        headWidth += w;
                        used += w;
                    }
                    else
                    {
                        full = true;
                        tailText.Append(rune.ToString());
                        tailWidth += w;
                    }
                }

                if (headText.Length > 0)
                {
                    head.Add((headText.ToString(), face, headWidth));
                }

                if (tailText.Length > 0)
                {
                    tail.Add((tailText.ToString(), face, tailWidth));
                }
            }

            return (this with { Segments = head, Width = used }, this with { Segments = tail, Width = Width - used });
        }
    }
}
