namespace TiesReports.Core.Model;

/// <summary>
/// The period a trade figure covers: a year, a month, or unknown with the stated basis
/// (a source that says "last year" without a date).
/// </summary>
public sealed record TradePeriod(PartialDate? Date, string? Note)
{
    /// <summary>Translations of <see cref="Note"/>, under the field name "note".</summary>
    public Translations? NoteTranslations { get; init; }

    public bool IsKnown => Date is not null;

    public bool IsYear => Date is { Precision: DatePrecision.Year };

    public bool IsMonth => Date is { Precision: DatePrecision.Month };

    public override string ToString() => Date?.ToString() ?? "unknown";
}
