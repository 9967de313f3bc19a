using System.Collections.Concurrent;
using HarfBuzzSharp;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Text;

/// <summary>
/// Shapes text of the scripts whose letters change form, join, reorder or combine (Arabic, Hebrew with points,
/// Devanagari, Thai) with HarfBuzz. The only place native code runs; Latin, Greek, Cyrillic and CJK never come here.
/// </summary>
internal static class TextShaper
{
    private static readonly ConcurrentDictionary<FontFace, Lazy<HarfBuzzSharp.Font>> Fonts = new();

    /// <summary>Shapes <paramref name="text"/> (one face, one direction); widths are per point of font size.</summary>
    public static ShapedText Shape(string text, FontFace face, bool rightToLeft)
    {
        // Keyed by the program: a face restricted to common characters shapes with its full face's HarfBuzz font.
        var font = Fonts.GetOrAdd(face.Program, f => new Lazy<HarfBuzzSharp.Font>(() => Load(f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        font.GetScale(out var scale, out _);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);

        // Variation selectors and joiners keep a glyph, so their text has a glyph to be read back from.
        buffer.Flags = BufferFlags.PreserveDefaultIgnorables;
        buffer.GuessSegmentProperties();
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        font.Shape(buffer);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;

        // Cluster starts in text order: a cluster's text runs to the next start (or the end).
        var starts = infos.Select(i => (int)i.Cluster).Distinct().Order().ToArray();
        string ClusterText(int start)
        {
            var next = Array.BinarySearch(starts, start) + 1;
            return text[start..(next < starts.Length ? starts[next] : text.Length)];
        }

        // HarfBuzz gives glyphs in visual order (left to right); the pen moves the same way.
        var placed = new List<(ShapedGlyph Glyph, double X, int Cluster)>(infos.Length);
        double pen = 0;
        for (var n = 0; n < infos.Length; n++)
        {
            var cluster = (int)infos[n].Cluster;
            var x = pen;
            pen += (double)positions[n].XAdvance / scale;
            placed.Add((new ShapedGlyph((ushort)infos[n].Codepoint, "", (double)positions[n].XAdvance / scale, (double)positions[n].XOffset / scale, (double)positions[n].YOffset / scale), x, cluster));
        }

        // Reading order: by cluster, and inside a cluster in visual order from the reading start.
        var logical = rightToLeft
            ? placed.Select((p, n) => (p, n)).OrderBy(t => t.p.Cluster).ThenByDescending(t => t.n).Select(t => t.p)
            : placed.Select((p, n) => (p, n)).OrderBy(t => t.p.Cluster).ThenBy(t => t.n).Select(t => t.p);
        var glyphs = new List<(ShapedGlyph, double)>(placed.Count);
        var seen = new HashSet<int>();
        foreach (var (glyph, x, cluster) in logical)
        {
            glyphs.Add((seen.Add(cluster) ? glyph with { Text = ClusterText(cluster) } : glyph, x));
        }

        return new ShapedText(glyphs, pen);
    }

    private static unsafe HarfBuzzSharp.Font Load(FontFace face)
    {
        // HarfBuzz copies the font (Duplicate) while it is pinned: a blob over a managed array that the garbage
        // collector later moves reads garbage. Blob and face live as long as the font, that is the process.
        var bytes = face.Bytes;
        fixed (byte* data = bytes)
        {
            var blob = new Blob((IntPtr)data, bytes.Length, MemoryMode.Duplicate);
            return new HarfBuzzSharp.Font(new Face(blob, 0));
        }
    }
}
