namespace TiesReports.Functions.Http;

/// <summary>POST /api/briefs body; <paramref name="Language"/> is a brief language tag ("en", "ru", "zh-Hans"), English when absent.</summary>
public sealed record CreateBriefRequest(string? Subject, string? PartnershipId, string? Period, CreateBriefOptions? Options, string? Language = null);
