namespace TiesReports.Layout.Text;

/// <summary>
/// One glyph of shaped text, in per-point-of-size units: its id in the face, the text it stands for (the whole
/// cluster on the cluster's first glyph, empty on the others) and where it sits relative to the pen.
/// </summary>
public sealed record ShapedGlyph(ushort Glyph, string Text, double Advance, double XOffset, double YOffset);
