namespace TiesReports.Core.Model;

/// <summary>
/// A cooperation sector of a partnership, its status and who or what it rests on. <see cref="InInstrument"/>
/// marks a sector named in the signed instrument itself (the memorandum or agreement), the strongest basis.
/// </summary>
/// <param name="Other">The data's own label when <paramref name="Sector"/> is <c>other</c>.</param>
public sealed record SectorCommitment(string Sector, string Status, string? Notes, string SourceId, bool InInstrument = false, OtherLabel? Other = null)
{
    /// <summary>Translations of this item's free text, by language tag and field; see <see cref="Model.Translations"/>.</summary>
    public Translations? Translations { get; init; }

    /// <summary>What the brief calls the sector: its label, or the data's own label for <c>other</c>.</summary>
    public string Label => Vocabularies.Sectors.LabelOf(Sector, Other);
}
