namespace TiesReports.Core.Briefings;

/// <summary>
/// The trade section: charts, the yearly table, month-by-month tables where monthly data exists, the two
/// reporters' figures side by side where both sides report the same period, and caveats.
/// </summary>
public sealed record TradeFacts(
    IReadOnlyList<TradeChart> Charts,
    IReadOnlyList<TradeRow> Rows,
    IReadOnlyList<string> Notes,
    IReadOnlyList<MonthlyTradeTable> Monthly,
    IReadOnlyList<string> ReporterComparisons);
