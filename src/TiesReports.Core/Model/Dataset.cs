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

    // Ids are unique once loaded (the loader rejects duplicates), so lookups can be indexed; built on first use.
    // Nothing copies a dataset with `with`: a copy would share these with lists they were not built from.
    private Dictionary<string, Place>? _places;
    private Dictionary<string, Partnership>? _partnerships;
    private Dictionary<string, Source>? _sources;
    private PlaceIndex? _byPlace;

    /// <summary>The latest as-of date of the files, the "data as of" printed on briefs.</summary>
    public DateOnly AsOf { get; } = Files.Count == 0 ? DateOnly.MinValue : Files.Max(f => f.AsOf);

    public bool IsSynthetic { get; } = Files.Any(f => f.Synthetic);

    /// <summary>The rows of each place, built on first use and shared by every brief of this dataset (any thread).</summary>
    public PlaceIndex ByPlace => LazyInitializer.EnsureInitialized(ref _byPlace, () => new PlaceIndex(this));

    public Place? FindPlace(string id) => (_places ??= Places.ToDictionary(p => p.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    public Partnership? FindPartnership(string id) => (_partnerships ??= Partnerships.ToDictionary(p => p.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    public Source? FindSource(string id) => (_sources ??= Sources.ToDictionary(s => s.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
}
