namespace TiesReports.Core.Briefings;

/// <summary>Sectors a brief lists together under one topic; <paramref name="Title"/> is null when they stay one list.</summary>
public sealed record SectorTopicGroup(string? Title, IReadOnlyList<SectorEntry> Entries);
