namespace TiesReports.Core.Model;

/// <summary>What a data file says about itself: its id, title, as-of date and whether it is synthetic.</summary>
public sealed record DatasetInfo(string Id, string Title, DateOnly AsOf, bool Synthetic, string? Notes)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }
}
