namespace TiesReports.Core.Model;

/// <summary>An entry of a controlled vocabulary: the code written in data files and the label printed in briefs.</summary>
/// <param name="Topic">For sectors: the code of the topic (<see cref="Vocabularies.SectorTopics"/>) a brief lists the sector under.</param>
/// <param name="Basis">Where the category comes from, for the docs (for example "OECD DAC 410").</param>
public sealed record Term(string Code, string Label, string? Topic = null, string? Basis = null);
