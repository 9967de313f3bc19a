namespace TiesReports.Core.Briefings;

/// <summary>What changed since the previous month's brief; <see cref="ComparedWith"/> is null for the first brief.</summary>
public sealed record ChangeFacts(string? ComparedWith, IReadOnlyList<string> Lines);
