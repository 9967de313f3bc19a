namespace TiesReports.Core.Briefings;

public sealed record TradeSeries(string Name, IReadOnlyList<decimal?> Values);
