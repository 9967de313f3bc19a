namespace TiesReports.Functions.Http;

/// <summary>Options of a brief request. <see cref="Refresh"/> false keeps a brief already stored for the month even if the data changed.</summary>
public sealed record CreateBriefOptions(bool Refresh = true);
