namespace TiesReports.Core.Model;

/// <summary>
/// A trade value in another currency. It carries its rate, the rate's date and source, or says that the
/// converted amount was stated by the source itself (then the rate is only implied).
/// </summary>
public sealed record CurrencyConversion(
    string Currency,
    decimal Value,
    decimal? Rate,
    DatedFact RateDate,
    string? Note,
    string SourceId)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }

    /// <summary>The rate used: the stated one, or the one implied by the two amounts.</summary>
    public decimal EffectiveRate(decimal originalValue) => Rate ?? (originalValue == 0 ? 0 : Value / originalValue);
}
