namespace TiesReports.Core.Model;

/// <summary>
/// Everything the valid data files hold, merged. Each record remembers the file it came from so that a
/// data change can be traced to the briefs it affects.
/// </summary>
public sealed record Dataset(
    IReadOnlyList<DatasetInfo> Files,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Partnership> Partnerships,
    IReadOnlyList<TradeFigure> Trade,
    IReadOnlyList<EnterpriseCount> Enterprises,
    IReadOnlyList<Institution> Institutions,
    IReadOnlyList<Connection> Connections,
    IReadOnlyList<CooperationEvent> Events,
    IReadOnlyDictionary<string, string> PartnershipFiles)
{
    public static Dataset Empty { get; } = new([], [], [], [], [], [], [], [], [], new Dictionary<string, string>());

    /// <summary>The latest as-of date of the files, the "data as of" printed on briefs.</summary>
    public DateOnly AsOf => Files.Count == 0 ? DateOnly.MinValue : Files.Max(f => f.AsOf);

    public bool IsSynthetic => Files.Any(f => f.Synthetic);

    public Place? FindPlace(string id) => Places.FirstOrDefault(p => p.Id == id);

    public Partnership? FindPartnership(string id) => Partnerships.FirstOrDefault(p => p.Id == id);

    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);
}
