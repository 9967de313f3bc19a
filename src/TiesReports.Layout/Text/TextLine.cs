namespace TiesReports.Layout.Text;

/// <summary>One laid-out line: its runs, width, and the vertical metrics of its tallest style.</summary>
public sealed record TextLine(IReadOnlyList<GlyphRun> Runs, double Width, double Ascent, double Height);
