namespace TiesReports.Core.Briefings;

/// <summary>One yearly row: what it covers, between whom and as reported by which side, value, conversion with its basis.</summary>
public sealed record TradeRow(string Period, string Flow, string Value, string Converted, SourceRef Source, FactScope Scope = FactScope.Partnership);
