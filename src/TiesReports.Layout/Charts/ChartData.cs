namespace TiesReports.Layout.Charts;

/// <summary>
/// What a chart shows: categories along the x axis, series of values, how to print a value, and how to print an
/// axis tick given the decimals its step needs (so a scale reads 0, 50, 100 or 0.0, 0.5, 1.0, never 0, 50.0, 100.0).
/// </summary>
public sealed record ChartData(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    Func<double, string> FormatValue,
    string AxisLabel,
    Func<double, int, string>? FormatTick = null);
