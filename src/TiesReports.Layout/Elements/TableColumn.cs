namespace TiesReports.Layout.Elements;

/// <summary>A table column: header text, relative width, and whether cells are right-aligned (numbers).</summary>
public sealed record TableColumn(string Header, double Weight = 1, bool AlignRight = false);
