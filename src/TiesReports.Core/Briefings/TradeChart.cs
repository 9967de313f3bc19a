using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>Chart values are already divided by the unit (for example billions), as printed on the axis.</summary>
public sealed record TradeChart(string Title, string Unit, bool Monthly, IReadOnlyList<string> Categories, IReadOnlyList<TradeSeries> Series);
