namespace TiesReports.Core.Briefings;

/// <summary>One stage of a partnership's history as printed: when, which stage, on what basis.</summary>
public sealed record TimelineEntry(string Partner, string When, string Stage, SourceRef Source);
