namespace TiesReports.Core.Briefings;

public sealed record TradeRow(string Period, string Flow, string Value, string Converted, SourceRef Source);
