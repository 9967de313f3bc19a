namespace TiesReports.Functions.Http;

/// <summary>A page of stored briefs; pass <see cref="Continuation"/> back as ?continuation= for the next (null: the last page).</summary>
public sealed record BriefList(IReadOnlyList<BriefInfo> Briefs, string? Continuation);
