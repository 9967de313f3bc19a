using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Text;

/// <summary>Characters drawn with one face, size and colour, starting at <see cref="X"/> on their line.</summary>
public sealed record GlyphRun(string Text, FontFace Face, TextStyle Style, double X, double Width, Uri? Link);
