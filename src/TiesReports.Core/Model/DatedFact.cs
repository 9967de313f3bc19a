namespace TiesReports.Core.Model;

/// <summary>
/// A date that may be unknown. When the source leaves it open, <see cref="Note"/> says why,
/// so the brief can print the stated basis instead of a guess.
/// </summary>
public sealed record DatedFact(PartialDate? Date, string? Note)
{
    /// <summary>Translations of <see cref="Note"/>, under the field name "note".</summary>
    public Translations? NoteTranslations { get; init; }

    public static DatedFact Unknown(string note) => new(null, note);

    public bool IsKnown => Date is not null;
}
