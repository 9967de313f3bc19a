namespace TiesReports.Core.Model;

/// <summary>An entry of a controlled vocabulary: the code written in data files and the label printed in briefs.</summary>
public sealed record Term(string Code, string Label);
