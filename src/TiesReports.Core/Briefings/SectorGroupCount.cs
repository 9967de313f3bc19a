namespace TiesReports.Core.Briefings;

/// <summary>How many sector entries fall in one group, with the group's printed name.</summary>
public sealed record SectorGroupCount(SectorGroup Group, string Label, int Count);
