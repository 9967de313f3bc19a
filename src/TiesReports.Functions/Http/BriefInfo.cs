namespace TiesReports.Functions.Http;

/// <summary>One stored brief, as listed and as returned after creation.</summary>
public sealed record BriefInfo(string Id, string Subject, string Period, long Size, DateTimeOffset Created, string ETag, string? ContentHash, string? Status, string Location, string Language = "en");
