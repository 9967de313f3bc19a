namespace TiesReports.Core.Model;

/// <summary>A city or region, named in English and in its own script.</summary>
public sealed record Place(
    string Id,
    string Kind,
    string Name,
    string NativeName,
    string Country,
    string? Region,
    string? NativeRegion,
    string SourceId)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }
}
