using TiesReports.Core.Model;

namespace TiesReports.Tests.Briefings;

/// <summary>
/// The place index against the whole-dataset filters it replaced, over many random datasets: every lookup must
/// give the same rows in the same order. Plain seeded randomness is enough here (a failure names its seed).
/// </summary>
public sealed class PlaceIndexTests
{
    private const int Datasets = 200;
    private static readonly DatedFact Undated = DatedFact.Unknown("not stated");

    [Fact]
    public void Lookups_ByEachPlace_GiveWhatWholeDatasetFiltersGive_InDatasetOrder()
    {
        for (var seed = 0; seed < Datasets; seed++)
        {
            var random = new Random(seed);
            var dataset = RandomDataset(random);
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
            var dataset = RandomDataset(random);
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

    /// <summary>A few places with rows that name them at random: repeated ids, a host in its own related list, pairs reported from either side.</summary>
    private static Dataset RandomDataset(Random random)
    {
        var places = Enumerable.Range(0, random.Next(2, 9)).Select(i => new Place($"p{i}", "city", $"P{i}", $"P{i}", random.Next(2) == 0 ? "CN" : "RU", null, null, "s")).ToList();
        string Any() => places[random.Next(places.Count)].Id;
        List<string> Some(int max) => Enumerable.Range(0, random.Next(0, max + 1)).Select(_ => Any()).ToList();

        var partnerships = Enumerable.Range(0, random.Next(0, 12)).Select(i => new Partnership($"pp{i}", "t", [Any(), Any()], "signed", Undated, [], [], [], "s")).ToList();
        var institutions = Enumerable.Range(0, random.Next(0, 15)).Select(i => new Institution($"i{i}", "n", "office", Any(), Some(3), null, Undated, "s")).ToList();
        var connections = Enumerable.Range(0, random.Next(0, 15)).Select(i => new Connection($"c{i}", "flight", Some(3), "operating", Undated, null, "s")).ToList();
        var events = Enumerable.Range(0, random.Next(0, 15)).Select(i => new CooperationEvent($"e{i}", "n", "forum", Any(), Some(3), null, null, null, "s")).ToList();
        var enterprises = Enumerable.Range(0, random.Next(0, 6)).Select(i => new EnterpriseCount($"en{i}", Any(), "CN", 1, Undated, "d", "s")).ToList();
        var trade = Enumerable.Range(0, random.Next(0, 25)).Select(i => random.Next(3) == 0
            ? new TradeFigure($"t{i}", Any(), null, "RU", "Russia (all)", new TradePeriod(new PartialDate(2025), null), 1, "CNY", [], "s")
            : new TradeFigure($"t{i}", Any(), Any(), null, "x", new TradePeriod(new PartialDate(2025), null), 1, "CNY", [], "s")).ToList();
        return new Dataset([], [], places, partnerships, trade, enterprises, institutions, connections, events, new Dictionary<string, string>());
    }
}
