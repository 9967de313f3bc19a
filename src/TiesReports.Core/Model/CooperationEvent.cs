namespace TiesReports.Core.Model;

/// <summary>A conference, festival, visit or similar event; its date may be unknown.</summary>
public sealed record CooperationEvent(
    string Id,
    string Name,
    string Kind,
    string PlaceId,
    IReadOnlyList<string> RelatedPlaceIds,
    PartialDate? Start,
    PartialDate? End,
    string? DateNote,
    string SourceId,
    OtherLabel? Other = null)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }

    /// <summary>What the brief calls the kind: its label, or the data's own label for <c>other</c>.</summary>
    public string KindLabel => Vocabularies.EventKinds.LabelOf(Kind, Other);
}
