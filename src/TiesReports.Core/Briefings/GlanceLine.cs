namespace TiesReports.Core.Briefings;

/// <summary>One line of page 1's "at a glance" block: a short label ("Stage", "This month") and what it says.</summary>
public sealed record GlanceLine(string Label, string Text, SourceRef? Source = null);
