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

    // Ids are unique once loaded (the loader rejects duplicates), so lookups can be indexed; built on first use.
    private Dictionary<string, Place>? _places;
    private Dictionary<string, Partnership>? _partnerships;
    private Dictionary<string, Source>? _sources;

    public Place? FindPlace(string id) => (_places ??= Places.ToDictionary(p => p.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    public Partnership? FindPartnership(string id) => (_partnerships ??= Partnerships.ToDictionary(p => p.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    public Source? FindSource(string id) => (_sources ??= Sources.ToDictionary(s => s.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
}
