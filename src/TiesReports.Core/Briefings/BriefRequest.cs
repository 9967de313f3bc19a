using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>What to brief on: a partnership id or a place id, and the month the brief is for.</summary>
public sealed record BriefRequest(string SubjectId, Month Period);
