namespace TiesReports.Core.Briefings;

/// <param name="Group">The code of the sector's group (<see cref="Model.Vocabularies.SectorGroups"/>), for listing many sectors by group.</param>
public sealed record SectorEntry(string Sector, string Status, string Partner, string Notes, SourceRef Source, string Group = "");
