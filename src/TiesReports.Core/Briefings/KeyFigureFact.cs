namespace TiesReports.Core.Briefings;

/// <summary>A headline figure: label, the value as printed, its basis, and what it covers (its scope, in words).</summary>
public sealed record KeyFigureFact(string Label, string Value, string Detail, SourceRef? Source, string Scope = "");
