namespace TiesReports.Core.Model;

/// <summary>Where facts come from. Every fact in a dataset names one source by id.</summary>
public sealed record Source(
    string Id,
    string Publisher,
    string Title,
    string? Author,
    DatedFact Published,
    Uri? Url,
    string? Note)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }
}
