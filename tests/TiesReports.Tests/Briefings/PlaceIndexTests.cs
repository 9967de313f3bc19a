using TiesReports.Core.Model;

namespace TiesReports.Tests.Briefings;

/// <summary>
/// The place index against the whole-dataset filters it replaced, over many random datasets: every lookup must
/// give the same rows in the same order. Plain seeded randomness is enough here (a failure names its seed).
/// </summary>
public sealed class PlaceIndexTests
{
    private const int Datasets = 200;
    [Fact]
    public void Lookups_ByEachPlace_GiveWhatWholeDatasetFiltersGive_InDatasetOrder()
    {
        for (var seed = 0; seed < Datasets; seed++)
        {
            var random = new Random(seed);
            var dataset = RandomDatasets.Next(random);
            var index = dataset.ByPlace;
            foreach (var id in dataset.Places.Select(p => p.Id).Append("nowhere"))
            {
                Same(seed, dataset.Partnerships.Where(p => p.Involves(id)), index.Partnerships.Of(id));
                Same(seed, dataset.Institutions.Where(i => i.HostPlaceId == id || i.RelatedPlaceIds.Contains(id)), index.Institutions.Of(id));
                Same(seed, dataset.Connections.Where(c => c.PlaceIds.Contains(id)), index.Connections.Of(id));
                Same(seed, dataset.Events.Where(e => e.PlaceId == id || e.RelatedPlaceIds.Contains(id)), index.Events.Of(id));
                Same(seed, dataset.Enterprises.Where(e => e.HostPlaceId == id), index.Enterprises.Of(id));
                Same(seed, dataset.Trade.Where(f => f.ReporterId == id && f.CounterpartId is null), index.Trade.Of(PlaceIndex.AggregateKey(id)));
                Assert.Equal(dataset.Partnerships.Count(p => p.Involves(id)), index.Partnerships.CountOf(id));
            }
        }
    }

    [Fact]
    public void Lookups_OverSeveralPlaces_GiveEachRowOnce_InDatasetOrder_LikeFilters()
    {
        for (var seed = 0; seed < Datasets; seed++)
        {
            var random = new Random(seed);
            var dataset = RandomDatasets.Next(random);
            var index = dataset.ByPlace;
            var ids = dataset.Places.Select(p => p.Id).ToList();
            for (var draw = 0; draw < 10; draw++)
            {
                // Repeats and unknown ids included, as a place brief's partner list may hold them.
                var home = ids[random.Next(ids.Count)];
                var some = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(4) == 0 ? "nowhere" : ids[random.Next(ids.Count)]).Prepend(home).ToList();
                var set = some.ToHashSet(StringComparer.Ordinal);
                Same(seed, dataset.Institutions.Where(i => set.Contains(i.HostPlaceId) || i.RelatedPlaceIds.Any(set.Contains)), index.Institutions.OfAny(some));
                Same(seed, dataset.Events.Where(e => set.Contains(e.PlaceId) || e.RelatedPlaceIds.Any(set.Contains)), index.Events.OfAny(some));
                Same(seed, dataset.Enterprises.Where(e => set.Contains(e.HostPlaceId)), index.Enterprises.OfAny(some));
                Same(
                    seed,
                    dataset.Trade.Where(f => (f.CounterpartId is null && f.ReporterId == home)
                        || (f.CounterpartId is { } c && some.Any(p => (f.ReporterId == home && c == p) || (c == home && f.ReporterId == p)))),
                    index.Trade.OfAny(some.Select(p => PlaceIndex.PairKey(home, p)).Prepend(PlaceIndex.AggregateKey(home))));
            }
        }
    }

    private static void Same<T>(int seed, IEnumerable<T> expected, IReadOnlyList<T> actual)
    {
        var wanted = expected.ToList();
        Assert.True(wanted.Count == actual.Count && wanted.Zip(actual).All(x => ReferenceEquals(x.First, x.Second)), $"seed {seed}: expected {wanted.Count} rows in dataset order, index gave {actual.Count}");
    }
}
