namespace TiesReports.Core.Briefings;

public sealed record InstitutionEntry(string Name, string Kind, string Host, string Related, string Established, SourceRef Source, FactScope Scope = FactScope.Partnership, string ScopeNote = "");
