namespace TiesReports.Core.Model;

/// <summary>One step in a partnership's history: the stage it reached and when (or why the date is unknown).</summary>
public sealed record StageChange(string Stage, DatedFact Date, string SourceId);
