namespace TiesReports.Layout.Charts;

/// <summary>What a chart shows: categories along the x axis, series of values, and how to print a value.</summary>
public sealed record ChartData(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, Func<double, string> FormatValue, string AxisLabel);
