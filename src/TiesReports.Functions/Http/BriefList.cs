namespace TiesReports.Functions.Http;

public sealed record BriefList(IReadOnlyList<BriefInfo> Briefs);
