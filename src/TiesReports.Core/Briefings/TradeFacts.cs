namespace TiesReports.Core.Briefings;

public sealed record TradeFacts(IReadOnlyList<TradeChart> Charts, IReadOnlyList<TradeRow> Rows, IReadOnlyList<string> Notes);
