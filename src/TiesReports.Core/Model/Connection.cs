namespace TiesReports.Core.Model;

/// <summary>A transport link between places: flights, shipping routes, rail.</summary>
public sealed record Connection(
    string Id,
    string Kind,
    IReadOnlyList<string> PlaceIds,
    string Status,
    DatedFact Since,
    string? Description,
    string SourceId,
    OtherLabel? Other = null)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }

    /// <summary>What the brief calls the kind: its label, or the data's own label for <c>other</c>.</summary>
    public string KindLabel => Vocabularies.ConnectionKinds.LabelOf(Kind, Other);
}
