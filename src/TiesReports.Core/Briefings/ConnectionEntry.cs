namespace TiesReports.Core.Briefings;

public sealed record ConnectionEntry(string Kind, string Places, string Status, string Since, string Description, SourceRef Source, FactScope Scope = FactScope.Partnership, string ScopeNote = "");
