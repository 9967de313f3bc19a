namespace TiesReports.Core.Model;

/// <summary>
/// Trade volume as one side reported it. The counterpart is either a place of the dataset or an aggregate
/// (all regions of a country), because sources often give city-to-country totals.
/// </summary>
public sealed record TradeFigure(
    string Id,
    string ReporterId,
    string? CounterpartId,
    string? CounterpartCountry,
    string CounterpartLabel,
    TradePeriod Period,
    decimal Value,
    string Currency,
    IReadOnlyList<CurrencyConversion> Conversions,
    string SourceId)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }
}
