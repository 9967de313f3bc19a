namespace TiesReports.Core.Model;

/// <summary>A relationship between two places: its stage, when it got there, who acted and in which sectors.</summary>
public sealed record Partnership(
    string Id,
    string Title,
    IReadOnlyList<string> PlaceIds,
    string Stage,
    DatedFact Since,
    IReadOnlyList<Aim> Aims,
    IReadOnlyList<Person> People,
    IReadOnlyList<SectorCommitment> Sectors,
    string SourceId)
{
    public bool Involves(string placeId) => PlaceIds.Contains(placeId, StringComparer.Ordinal);

    public string PartnerOf(string placeId) => PlaceIds[0] == placeId ? PlaceIds[1] : PlaceIds[0];
}
