namespace TiesReports.Core.Model;

/// <summary>A cooperation sector of a partnership, its status and who or what it rests on.</summary>
public sealed record SectorCommitment(string Sector, string Status, string? Notes, string SourceId);
