using System.Collections.Concurrent;

namespace TiesReports.Core.Model;

/// <summary>
/// A dataset's rows by the places they name, built once per loaded dataset (see <see cref="Dataset.ByPlace"/>),
/// so that a brief looks up its places' rows instead of filtering every list of the dataset; with thousands of
/// partnerships those filters, once per brief, were most of a batch's time. Lookups give rows in dataset order,
/// as the filters did, and may give more rows than a brief uses: the brief still decides what each row is to it.
/// </summary>
public sealed class PlaceIndex
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _partners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<object, Lazy<object>> _kept = new();

    public PlaceIndex(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Partnerships = new(dataset.Partnerships, p => p.PlaceIds, StringComparer.Ordinal);
        Institutions = new(dataset.Institutions, i => i.RelatedPlaceIds.Prepend(i.HostPlaceId), StringComparer.Ordinal);
        Connections = new(dataset.Connections, c => c.PlaceIds, StringComparer.Ordinal);
        Events = new(dataset.Events, e => e.RelatedPlaceIds.Prepend(e.PlaceId), StringComparer.Ordinal);
        Enterprises = new(dataset.Enterprises, e => [e.HostPlaceId], StringComparer.Ordinal);
        Trade = new(dataset.Trade, f => [TradeKey(f)]);
    }

    /// <summary>Partnerships by each of their places.</summary>
    public RowsByKey<Partnership, string> Partnerships { get; }

    /// <summary>Institutions by their host place and each related place.</summary>
    public RowsByKey<Institution, string> Institutions { get; }

    /// <summary>Transport links by each place they join.</summary>
    public RowsByKey<Connection, string> Connections { get; }

    /// <summary>Events by their place and each related place.</summary>
    public RowsByKey<CooperationEvent, string> Events { get; }

    /// <summary>Enterprise counts by their host place.</summary>
    public RowsByKey<EnterpriseCount, string> Enterprises { get; }

    /// <summary>Trade by pair (<see cref="PairKey"/>), and by reporter for trade with an aggregate (<see cref="AggregateKey"/>).</summary>
    public RowsByKey<TradeFigure, (string, string?)> Trade { get; }

    /// <summary>The places a place has a partnership with; each brief of a city with many partners asks again, so kept.</summary>
    public IReadOnlySet<string> PartnersOf(string placeId) =>
        _partners.GetOrAdd(placeId, id => Partnerships.Of(id).Select(p => p.PartnerOf(id)).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// A value derived from this dataset for many briefs, made once per key (by value) on any thread and kept as
    /// long as the dataset: what a brief of a city computes the same way for each of its partners.
    /// </summary>
    public T Kept<T>(object key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return (T)_kept.GetOrAdd(key, _ => new Lazy<object>(create)).Value;
    }

    /// <summary>The key of the trade between two places, whichever of them reports it.</summary>
    public static (string, string?) PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>The key of a place's reported trade with aggregates ("Russian regions (all)").</summary>
    public static (string, string?) AggregateKey(string reporterId) => (reporterId, null);

    private static (string, string?) TradeKey(TradeFigure f) =>
        f.CounterpartId is { } counterpart ? PairKey(f.ReporterId, counterpart) : AggregateKey(f.ReporterId);
}
