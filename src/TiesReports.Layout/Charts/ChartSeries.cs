namespace TiesReports.Layout.Charts;

/// <summary>A named series; one value per category, null where there is no data.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, Color Color);
