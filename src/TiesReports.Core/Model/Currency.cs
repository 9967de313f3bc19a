namespace TiesReports.Core.Model;

/// <summary>An active ISO 4217 currency: its CLDR English name and symbol, and the decimals its amounts print with.</summary>
public sealed record Currency(string Code, string Name, string Symbol, int MinorUnits);
