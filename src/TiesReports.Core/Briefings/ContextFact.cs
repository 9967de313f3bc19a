namespace TiesReports.Core.Briefings;

/// <summary>A fact shown for context, with a label that says on the spot what it covers and what it does not.</summary>
public sealed record ContextFact(FactScope Scope, string Label, string Text, SourceRef? Source);
