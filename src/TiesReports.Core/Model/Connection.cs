namespace TiesReports.Core.Model;

/// <summary>A transport link between places: flights, shipping routes, rail.</summary>
public sealed record Connection(
    string Id,
    string Kind,
    IReadOnlyList<string> PlaceIds,
    string Status,
    DatedFact Since,
    string? Description,
    string SourceId);
