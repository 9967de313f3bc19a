namespace TiesReports.Functions.Http;

public sealed record HealthReport(string Status, string Storage);
