using TiesReports.Layout.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// One drawing instruction on a page, in points from the page's top-left corner. Layout records these first
/// and draws them afterwards, which is how the footer knows the page count.
/// </summary>
public abstract record DrawOp;

public sealed record TextOp(GlyphRun Run, double X, double Baseline) : DrawOp;

public sealed record RectOp(double X, double Y, double Width, double Height, Color? Fill, Color? Stroke = null, double StrokeWidth = 0.5) : DrawOp;

public sealed record LineOp(double X1, double Y1, double X2, double Y2, Color Color, double Width = 0.5, bool Dashed = false) : DrawOp;

public sealed record PolylineOp(IReadOnlyList<(double X, double Y)> Points, Color Color, double Width = 1.2) : DrawOp;

public sealed record CircleOp(double X, double Y, double Radius, Color Fill) : DrawOp;

public sealed record LinkOp(double X, double Y, double Width, double Height, Uri Target) : DrawOp;
