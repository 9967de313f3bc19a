namespace TiesReports.Core.Briefings;

public sealed record AssessmentEntry(string Partner, string Text, string Author, string Date, SourceRef Source);
