namespace TiesReports.Core.Briefings;

public sealed record SectorEntry(string Sector, string Status, string Partner, string Notes, SourceRef Source);
