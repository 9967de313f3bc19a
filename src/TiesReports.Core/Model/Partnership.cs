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
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }

    /// <summary>Earlier stages with their dates, oldest first; the current stage need not repeat here.</summary>
    public IReadOnlyList<StageChange> StageHistory { get; init; } = [];

    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    public Assessment? Assessment { get; init; }

    /// <summary>Every recorded step: the history, then the current stage.</summary>
    public IEnumerable<StageChange> Steps => StageHistory.Append(new StageChange(Stage, Since, SourceId));

    public bool Involves(string placeId) => PlaceIds.Contains(placeId, StringComparer.Ordinal);

    public string PartnerOf(string placeId) => PlaceIds[0] == placeId ? PlaceIds[1] : PlaceIds[0];

    /// <summary>
    /// The stage as of a day: the latest dated step on or before it, or the current stage when the history
    /// says nothing later. Null when every known date lies after the day (the partnership did not exist yet).
    /// </summary>
    public (string Stage, DatedFact Since)? StageAsOf(DateOnly day)
    {
        var dated = Steps.Where(s => s.Date.Date is not null).OrderBy(s => s.Date.Date!.Value).ToList();
        if (dated.Count > 0 && dated.All(s => s.Date.Date!.Value.Start > day))
        {
            return null;
        }

        var reached = dated.LastOrDefault(s => s.Date.Date!.Value.Start <= day);
        var laterKnown = dated.Any(s => s.Date.Date!.Value.Start > day);
        if (reached is not null && laterKnown)
        {
            return (reached.Stage, reached.Date);
        }

        return (Stage, Since);
    }
}
