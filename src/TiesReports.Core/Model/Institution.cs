namespace TiesReports.Core.Model;

/// <summary>A trade office, cooperation centre or similar body that links places.</summary>
public sealed record Institution(
    string Id,
    string Name,
    string Kind,
    string HostPlaceId,
    IReadOnlyList<string> RelatedPlaceIds,
    string? Operator,
    DatedFact Established,
    string SourceId,
    OtherLabel? Other = null)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }

    /// <summary>What the brief calls the kind: its label, or the data's own label for <c>other</c>.</summary>
    public string KindLabel => Vocabularies.InstitutionKinds.LabelOf(Kind, Other);
}
