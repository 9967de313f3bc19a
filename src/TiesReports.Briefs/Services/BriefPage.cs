namespace TiesReports.Briefs.Services;

/// <summary>One page of stored briefs; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record BriefPage(IReadOnlyList<StoredBrief> Briefs, string? ContinuationToken);
