using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Chart values are already divided by the unit (for example billions), as printed on the axis;
/// <paramref name="Divisor"/> and <paramref name="Currency"/> let labels keep the table's precision (<see cref="Formats.InUnit"/>).
/// </summary>
public sealed record TradeChart(string Title, string Unit, bool Monthly, IReadOnlyList<string> Categories, IReadOnlyList<TradeSeries> Series, decimal Divisor = 1, string Currency = "");
