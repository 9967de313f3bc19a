namespace TiesReports.Core.Briefings;

public sealed record MonthlyTradeRow(string Month, string PreviousYear, string Year, string Change);
