namespace TiesReports.Functions.Http;

/// <summary>POST /api/briefs body.</summary>
public sealed record CreateBriefRequest(string? Subject, string? PartnershipId, string? Period, CreateBriefOptions? Options);
