namespace TiesReports.Core.Briefings;

public sealed record EventEntry(string Name, string Kind, string Place, string When, SourceRef Source, FactScope Scope = FactScope.Partnership);
