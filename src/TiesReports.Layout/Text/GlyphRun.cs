using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Text;

/// <summary>
/// Characters drawn with one face, size and colour, starting at <see cref="X"/> on their line. <see cref="Level"/> is
/// the bidi level (odd: right to left); <see cref="Shaped"/> holds the glyphs when the script is shaped.
/// </summary>
public sealed record GlyphRun(string Text, FontFace Face, TextStyle Style, double X, double Width, Uri? Link, byte Level = 0, ShapedText? Shaped = null)
{
    public bool RightToLeft => (Level & 1) == 1;
}
