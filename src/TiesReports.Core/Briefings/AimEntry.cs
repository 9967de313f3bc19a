namespace TiesReports.Core.Briefings;

public sealed record AimEntry(string Text, SourceRef Source);
