namespace TiesReports.Core.Briefings;

/// <param name="Topic">The code of the sector's topic (<see cref="Model.Vocabularies.SectorTopics"/>), for listing many sectors by topic.</param>
public sealed record SectorEntry(string Sector, string Status, SectorGroup Group, string Partner, string Notes, SourceRef Source, string Topic = "");
