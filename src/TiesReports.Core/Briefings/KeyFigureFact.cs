namespace TiesReports.Core.Briefings;

/// <summary>A headline figure: label, the value as printed, and its basis.</summary>
public sealed record KeyFigureFact(string Label, string Value, string Detail, SourceRef? Source);
