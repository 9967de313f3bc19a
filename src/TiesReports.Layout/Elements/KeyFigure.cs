namespace TiesReports.Layout.Elements;

/// <summary>A card's content: a short label, the figure, and a line of detail (basis, change, source).</summary>
public sealed record KeyFigure(string Label, string Value, string Detail);
