namespace TiesReports.Core.Briefings;

public sealed record SectorEntry(string Sector, string Status, SectorGroup Group, string Partner, string Notes, SourceRef Source);
