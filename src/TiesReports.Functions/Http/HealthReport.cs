namespace TiesReports.Functions.Http;

/// <summary>What /api/health says: overall, and blob and queue storage each ("reachable" or "unreachable").</summary>
public sealed record HealthReport(string Status, string Blob, string Queue);
