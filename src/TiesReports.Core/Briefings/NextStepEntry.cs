namespace TiesReports.Core.Briefings;

public sealed record NextStepEntry(string Partner, string Text, string Owner, string Due, SourceRef Source);
