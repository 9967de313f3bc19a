namespace TiesReports.Core.Briefings;

public sealed record SourceEntry(int Number, string Id, string Citation, Uri? Url);
