namespace TiesReports.Core.Briefings;

/// <summary>Sectors a brief lists together; <paramref name="Title"/> is null when the brief lists all sectors as one.</summary>
public sealed record SectorGroup(string? Title, IReadOnlyList<SectorEntry> Entries);
