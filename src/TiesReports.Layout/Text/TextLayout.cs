using System.Globalization;
using System.Text;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Text;

/// <summary>
/// Breaks styled text into lines: at spaces and after hyphens for Latin and Cyrillic, between characters for
/// Chinese and Japanese (never starting a line with closing punctuation or ending one with opening punctuation),
/// between dictionary words for Thai, Lao, Khmer and Myanmar, and inside a word only when the word alone is wider
/// than the line (with a visible hyphen in scripts that hyphenate). Lines with right-to-left text are ordered by the
/// Unicode Bidirectional Algorithm, in a left-to-right paragraph (every document language is left-to-right).
/// </summary>
public static class TextLayout
{
    private const int SoftHyphen = 0xAD;

    /// <summary>In <see cref="BidiLevels"/>' unit map: a PDI added to close an isolate the span left open; no level kept.</summary>
    private const int AddedPdi = int.MinValue;

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextSpan> spans, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var library = FontLibrary.Instance;
        var (levels, isolates) = BidiLevels(spans);
        var lines = new List<TextLine>();
        var current = new List<Piece>();
        double width = 0;

        foreach (var piece in Pieces(spans, library, levels, isolates))
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

            // A line that ends at a soft hyphen shows it; syllables whose hyphen would overrun move down with the word.
            var carried = new List<Piece>();
            while (current.Count > 0 && current[^1].Kind == PieceKind.BeforeSoftHyphen)
            {
                var hyphenated = current[^1].WithHyphen();
                if (width - current[^1].Width + hyphenated.Width <= maxWidth || current.Count == 1)
                {
                    width += hyphenated.Width - current[^1].Width;
                    current[^1] = hyphenated;
                    break;
                }

                width -= current[^1].Width;
                carried.Insert(0, current[^1]);
                current.RemoveAt(current.Count - 1);
            }

            if (current.Count > 0)
            {
                lines.Add(Build(current, piece.Style));
                current.Clear();
                width = 0;
            }

            current.AddRange(carried);
            width = carried.Sum(p => p.Width);

            // A word wider than the whole line (a long name, a URL, an id) is cut between characters.
            var rest = piece;
            if (rest.Width > maxWidth && current.Count > 0)
            {
                lines.Add(Build(current, piece.Style));
                current.Clear();
                width = 0;
            }

            while (rest.Width > maxWidth && rest.SplitToFit(maxWidth) is ({ } head, { } tail))
            {
                lines.Add(Build([head], piece.Style));
                rest = tail;
            }

            current.Add(rest);
            width += rest.Width;
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(Build(current, spans.Count > 0 ? spans[^1].Style : new TextStyle()));
        }

        return lines;
    }

    public static IReadOnlyList<TextLine> Break(string text, TextStyle style, double maxWidth) => Break([new TextSpan(text, style)], maxWidth);

    /// <summary>
    /// The bidi level of each UTF-16 unit of the spans' text, each line of it a left-to-right paragraph, and for each
    /// isolated span the levels of the FSI and PDI around it; (null, null) when nothing in it is right-to-left (the
    /// common case, which then costs one scan).
    /// </summary>
    private static (byte[]? Levels, (byte Open, byte Close)[]? Isolates) BidiLevels(IReadOnlyList<TextSpan> spans)
    {
        var text = spans.Count == 1 ? spans[0].Text : string.Concat(spans.Select(s => s.Text));
        if (!UnicodeBidi.NeedsBidi(text))
        {
            return (null, null);
        }

        // The algorithm runs on the text's characters with FSI and PDI around each isolated span. Those two are not in
        // the text: their entries in units are negative (span i's FSI is -2i-2, its PDI -2i-3) and their levels are
        // kept per span, for the line to place the span as one unit (see Build). Isolate controls inside the span are
        // balanced first, so ours pair with each other: a stray PDI counts as a neutral, and an LRI, RLI or FSI left
        // open is closed (AddedPdi) before our PDI.
        const int FirstStrongIsolate = 0x2068, PopDirectionalIsolate = 0x2069;
        var runes = new List<int>(text.Length + 8);
        var units = new List<int>(text.Length + 8);
        var levels = new byte[text.Length];
        var isolates = new (byte Open, byte Close)[spans.Count];
        var unit = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var open = 0;
            if (span.Isolated)
            {
                runes.Add(FirstStrongIsolate);
                units.Add(-2 * i - 2);
            }

            foreach (var rune in span.Text.EnumerateRunes())
            {
                if (rune.Value == '\n')
                {
                    Resolve(runes, units, levels, isolates);
                    open = 0;
                }
                else
                {
                    var opens = span.Isolated && rune.Value is >= 0x2066 and <= 0x2068;
                    var stray = span.Isolated && rune.Value == PopDirectionalIsolate && open == 0;
                    open += opens ? 1 : rune.Value == PopDirectionalIsolate && !stray ? -1 : 0;

                    // A stray PDI takes part as a plain neutral (ON), so it neither ends our isolate nor splits the span.
                    runes.Add(stray ? '!' : rune.Value);
                    units.Add(unit);
                }

                unit += rune.Utf16SequenceLength;
            }

            if (span.Isolated)
            {
                for (; open > 0; open--)
                {
                    runes.Add(PopDirectionalIsolate);
                    units.Add(AddedPdi);
                }

                runes.Add(PopDirectionalIsolate);
                units.Add(-2 * i - 3);
            }
        }

        Resolve(runes, units, levels, isolates);
        return (levels, isolates);
    }

    /// <summary>Resolves one paragraph (each line of the text is a left-to-right paragraph) into the units' levels.</summary>
    private static void Resolve(List<int> runes, List<int> units, byte[] levels, (byte Open, byte Close)[] isolates)
    {
        if (runes.Count > 0)
        {
            var lineLevels = UnicodeBidi.Resolve(runes, paragraphLevel: 0).LineLevels(0, runes.Count);
            for (var n = 0; n < runes.Count; n++)
            {
                if (units[n] >= 0)
                {
                    levels.AsSpan(units[n], runes[n] > 0xFFFF ? 2 : 1).Fill(lineLevels[n]);
                }
                else if (units[n] == AddedPdi)
                {
                    continue;
                }
                else if (units[n] % 2 == 0)
                {
                    isolates[(-units[n] - 2) / 2].Open = lineLevels[n];
                }
                else
                {
                    isolates[(-units[n] - 3) / 2].Close = lineLevels[n];
                }
            }
        }

        runes.Clear();
        units.Clear();
    }

    private static IEnumerable<Piece> Pieces(IReadOnlyList<TextSpan> spans, FontLibrary library, byte[]? levels, (byte Open, byte Close)[]? isolates)
    {
        var offset = 0;
        for (var n = 0; n < spans.Count; n++)
        {
            var span = spans[n];
            var chain = library.FallbackChain(span.Style.Bold, span.Style.Italic);
            var source = new PieceSource(span, chain, levels, offset, span.Isolated && isolates is not null ? isolates[n] : null);
            var text = span.Text;
            var start = 0;
            var i = 0;
            while (i < text.Length)
            {
                var rune = Rune.GetRuneAt(text, i);
                var length = rune.Utf16SequenceLength;
                if (rune.Value == '\n' || Rune.IsWhiteSpace(rune))
                {
                    if (i > start)
                    {
                        yield return source.Piece(start, i, PieceKind.Word);
                    }

                    yield return rune.Value == '\n' ? source.Piece(i, i, PieceKind.Newline) : source.Space(i);
                    i += length;
                    start = i;
                    continue;
                }

                if (LineBreaking.IsDictionaryScript(rune.Value))
                {
                    // Thai and its neighbours write no spaces between words: ICU's dictionary finds the breaks.
                    var end = i;
                    while (end < text.Length && (LineBreaking.IsDictionaryScript(text[end]) || CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark))
                    {
                        end++;
                    }

                    var words = LineBreaking.DictionaryBreaks(text[i..end]);
                    var from = start;
                    foreach (var boundary in words.Skip(1))
                    {
                        yield return source.Piece(from, i + boundary, PieceKind.Word);
                        from = i + boundary;
                    }

                    i = end;
                    start = from;
                    continue;
                }

                if (LineBreaking.IsIdeographic(rune.Value))
                {
                    if (LineBreaking.MayNotStartLine(rune.Value) || LineBreaking.MayNotEndLine(rune.Value))
                    {
                        // Closing punctuation stays with what is before it, opening with what follows (kinsoku).
                        i += length;
                        continue;
                    }

                    var begin = i;
                    if (i > start)
                    {
                        if (text.AsSpan(start, i - start).ContainsAnyExcept(LineBreaking.OpeningPunctuation))
                        {
                            yield return source.Piece(start, i, PieceKind.Word);
                        }
                        else
                        {
                            begin = start;
                        }
                    }

                    var stop = i + length;
                    while (stop < text.Length && LineBreaking.MayNotStartLine(text[stop]))
                    {
                        stop++;
                    }

                    yield return source.Piece(begin, stop, PieceKind.Word);
                    i = stop;
                    start = i;
                    continue;
                }

                i += length;
                if (rune.Value == SoftHyphen)
                {
                    if (i - length > start)
                    {
                        yield return source.Piece(start, i - length, PieceKind.BeforeSoftHyphen);
                    }

                    start = i;
                    continue;
                }

                if (rune.Value is '-' or '/' or '–' && i < text.Length && i - start > 1)
                {
                    // A break opportunity after a hyphen or slash inside a word.
                    yield return source.Piece(start, i, PieceKind.Word);
                    start = i;
                }
            }

            if (start < text.Length)
            {
                yield return source.Piece(start, text.Length, PieceKind.Word);
            }

            offset += text.Length;
        }
    }

    private static TextLine Build(List<Piece> pieces, TextStyle fallbackStyle)
    {
        while (pieces.Count > 0 && pieces[^1].Kind == PieceKind.Space)
        {
            pieces.RemoveAt(pieces.Count - 1);
        }

        // Runs in reading order; each knows its bidi level. Segments that continue the last run (same face, style,
        // link and level, unshaped) are gathered and the run is rewritten once, not once per word.
        var runs = new List<GlyphRun>();
        var sources = new List<PieceSource>();
        var maxSize = 0d;
        var height = 0d;
        StringBuilder? gathered = null;
        var gatheredWidth = 0d;
        void EndRun()
        {
            if (gathered is { Length: > 0 })
            {
                runs[^1] = runs[^1] with { Text = gathered.ToString(), Width = gatheredWidth };
                gathered.Clear();
            }
        }

        foreach (var piece in pieces)
        {
            maxSize = Math.Max(maxSize, piece.Style.Size);
            height = Math.Max(height, piece.Style.Size * piece.Style.LineHeight);
            foreach (var segment in piece.Segments)
            {
                if (runs.Count > 0 && runs[^1] is var last && last.Shaped is null && segment.Shaped is null
                    && last.Face == segment.Face && last.Style == piece.Style && last.Link == piece.Link && last.Level == segment.Level
                    && (ReferenceEquals(sources[^1], piece.Source) || (sources[^1].Isolate is null && piece.Source.Isolate is null)))
                {
                    if (gathered is not { Length: > 0 })
                    {
                        (gathered ??= new StringBuilder()).Append(last.Text);
                        gatheredWidth = last.Width;
                    }

                    gathered.Append(segment.Text);
                    gatheredWidth += segment.Width;
                }
                else
                {
                    EndRun();
                    runs.Add(new GlyphRun(segment.Text, segment.Face, piece.Style, 0, segment.Width, piece.Link, segment.Level, segment.Shaped));
                    sources.Add(piece.Source);
                }
            }
        }

        EndRun();

        var order = runs.Any(r => r.Level > 0) ? VisualOrder(runs, sources) : Enumerable.Range(0, runs.Count).ToArray();
        double x = 0;
        foreach (var index in order)
        {
            runs[index] = runs[index] with { X = x };
            x += runs[index].Width;
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

    /// <summary>
    /// Rule L2 over the runs, with the FSI and PDI around each isolated span standing between it and its neighbours at
    /// their own levels (they are not drawn, but they keep the span one unit). The runs stay in reading order in the
    /// line, so a PDF reads back in that order; this gives each its place from the left.
    /// </summary>
    private static int[] VisualOrder(List<GlyphRun> runs, List<PieceSource> sources)
    {
        var levels = new List<byte>(runs.Count + 4);
        var runAt = new List<int>(runs.Count + 4);
        for (var i = 0; i < runs.Count; i++)
        {
            if (i > 0 && !ReferenceEquals(sources[i], sources[i - 1]))
            {
                if (sources[i - 1].Isolate is { } ended)
                {
                    levels.Add(ended.Close);
                    runAt.Add(-1);
                }

                if (sources[i].Isolate is { } started)
                {
                    levels.Add(started.Open);
                    runAt.Add(-1);
                }
            }

            levels.Add(runs[i].Level);
            runAt.Add(i);
        }

        return [.. UnicodeBidi.VisualOrder([.. levels]).Select(k => runAt[k]).Where(i => i >= 0)];
    }

    private enum PieceKind
    {
        Word,
        Space,
        Newline,

        /// <summary>A word's part before a soft hyphen (U+00AD): drawn without it, with "-" only where a line ends after it.</summary>
        BeforeSoftHyphen,
    }

    /// <summary>Where pieces of one span come from: its text, faces and the paragraph's bidi levels.</summary>
    private sealed record PieceSource(TextSpan Span, IReadOnlyList<FontFace> Chain, byte[]? Levels, int Offset, (byte Open, byte Close)? Isolate)
    {
        public Piece Piece(int start, int end, PieceKind kind, string suffix = "") =>
            TextLayout.Piece.Create(Span.Text[start..end] + suffix, start, kind, this);

        /// <summary>Any white space is drawn as a plain space.</summary>
        public Piece Space(int start) => TextLayout.Piece.Create(" ", start, PieceKind.Space, this);

        public byte LevelAt(int index) => Levels is null ? (byte)0 : Levels[Math.Min(Offset + index, Levels.Length - 1)];
    }

    /// <summary>Characters of one face and bidi level in a piece, measured (and shaped where the script needs it).</summary>
    private sealed record Segment(string Text, FontFace Face, double Width, byte Level, ShapedText? Shaped);

    /// <summary>An unbreakable piece of text, already split by face and level, and measured.</summary>
    private sealed record Piece(PieceKind Kind, TextStyle Style, Uri? Link, Segment[] Segments, double Width, string Text, int Start, PieceSource Source)
    {
        /// <summary>This part of a word, ending a line at its soft hyphen: the hyphen drawn.</summary>
        public Piece WithHyphen() => Create(Text + "-", Start, PieceKind.Word, Source);

        public static Piece Create(string text, int start, PieceKind kind, PieceSource source)
        {
            if (OneSegment(text, start, source) is { } one)
            {
                return new Piece(kind, source.Span.Style, source.Span.Link, [one], one.Width, text, start, source);
            }

            var size = source.Span.Style.Size;
            var chain = source.Chain;
            var segments = new List<Segment>(2);
            var drawn = new StringBuilder(text.Length);
            FontFace? face = null;
            byte level = 0;
            double total = 0;

            void Flush()
            {
                if (face is null || drawn.Length == 0)
                {
                    return;
                }

                var segmentText = drawn.ToString();
                ShapedText? shaped = null;
                double width = 0;
                // Right-to-left characters of simple faces (spaces, brackets) are shaped too: HarfBuzz mirrors the
                // brackets, and the PDF still maps each glyph back to the character as written.
                if (face.NeedsShaping || (level & 1) == 1)
                {
                    shaped = TextShaper.Shape(segmentText, face, rightToLeft: (level & 1) == 1);
                    width = shaped.Width * size;
                }
                else
                {
                    foreach (var r in segmentText.EnumerateRunes())
                    {
                        width += face.AdvanceOf(r.Value) * size;
                    }
                }

                segments.Add(new Segment(segmentText, face, width, level, shaped));
                total += width;
                drawn.Clear();
            }

            var i = 0;
            while (i < text.Length)
            {
                var rune = Rune.GetRuneAt(text, i);
                var length = rune.Utf16SequenceLength;
                var drawable = TextMeasurer.IsDrawable(rune, chain);
                var f = TextMeasurer.FaceFor(drawable ? rune : new Rune('?'), chain);
                var l = source.LevelAt(start + i);
                if (face is not null && (f != face || l != level))
                {
                    Flush();
                }

                face = f;
                level = l;
                if (drawable)
                {
                    drawn.Append(text, i, length);
                }
                else
                {
                    drawn.Append('?');
                }

                i += length;
            }

            Flush();
            return new Piece(kind, source.Span.Style, source.Span.Link, [.. segments], total, text, start, source);
        }

        /// <summary>
        /// The piece as one segment when every character is drawable, unshaped, in one face and left to right (most
        /// words): measured in one pass, its text the piece's own; null otherwise.
        /// </summary>
        private static Segment? OneSegment(string text, int start, PieceSource source)
        {
            var chain = source.Chain;
            var size = source.Span.Style.Size;
            FontFace? face = null;
            var width = 0d;
            var i = 0;
            while (i < text.Length)
            {
                var rune = Rune.GetRuneAt(text, i);
                if (!TextMeasurer.IsDrawable(rune, chain) || source.LevelAt(start + i) != 0)
                {
                    return null;
                }

                var f = TextMeasurer.FaceFor(rune, chain);
                if (f.NeedsShaping || (face is not null && f != face))
                {
                    return null;
                }

                face = f;
                width += f.AdvanceOf(rune.Value) * size;
                i += rune.Utf16SequenceLength;
            }

            return face is null ? null : new Segment(text, face, width, 0, null);
        }

        /// <summary>
        /// Cuts the piece after as many whole characters (grapheme clusters) as fit in <paramref name="maxWidth"/>,
        /// at least one, with a hyphen where the script hyphenates; null when it cannot be cut.
        /// </summary>
        public (Piece Head, Piece Tail)? SplitToFit(double maxWidth)
        {
            var boundaries = StringInfo.ParseCombiningCharacters(Text);
            if (boundaries.Length < 2)
            {
                return null;
            }

            Piece? best = null;
            var bestEnd = 0;
            for (var n = 1; n < boundaries.Length; n++)
            {
                var end = boundaries[n];
                var hyphen = LineBreaking.TakesHyphen(Text, end) ? "-" : "";
                var head = Source.Piece(Start, Start + end, Kind, hyphen);
                if (head.Width > maxWidth && best is not null)
                {
                    break;
                }

                best = head;
                bestEnd = end;
            }

            return (best!, Source.Piece(Start + bestEnd, Start + Text.Length, Kind));
        }
    }
}
