namespace TiesReports.Layout.Text;

/// <summary>
/// Text shaped by <see cref="TextShaper"/>: glyphs in logical order (the order their text is read), each with the
/// left edge it is drawn at, so a PDF carries them in reading order while the page shows them right to left.
/// </summary>
public sealed record ShapedText(IReadOnlyList<(ShapedGlyph Glyph, double X)> Glyphs, double Width);
