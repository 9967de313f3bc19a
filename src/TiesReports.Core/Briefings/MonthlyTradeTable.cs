namespace TiesReports.Core.Briefings;

/// <summary>Month-by-month values of one flow for the brief's year and the year before, as printed.</summary>
public sealed record MonthlyTradeTable(string Flow, string Currency, int Year, IReadOnlyList<MonthlyTradeRow> Rows);
