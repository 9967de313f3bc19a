using TiesReports.Core.Briefings;
using TiesReports.Core.Model;

namespace TiesReports.Tests.Briefings;

/// <summary>
/// The rows of a partnership brief from scopes kept per home place and partner country, against classifying
/// every row that names either place for that one brief: the same rows, scopes and order, over many random
/// datasets, with every partnership of each dataset briefed in turn (so kept scopes are reused).
/// </summary>
public sealed class HomeTiesTests
{
    [Fact]
    public void KeptScopes_GiveTheRowsScopesAndOrderOfClassifyingEveryRow_ForEveryPartnershipBrief()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var dataset = RandomDatasets.Next(new Random(seed));
            foreach (var partnership in dataset.Partnerships)
            {
                foreach (var home in partnership.PlaceIds.Distinct().Select(id => dataset.FindPlace(id)!))
                {
                    var partner = dataset.FindPlace(partnership.PartnerOf(home.Id))!;
                    var scopes = new ScopeClassifier(dataset, home, [partner]);
                    string[] places = [home.Id, partner.Id];
                    Same(seed, dataset.ByPlace.Institutions.OfAny(places), "institutions", dataset.ByPlace.Institutions, dataset, home, partner, scopes, (s, i) => s.OfLinked(i.HostPlaceId, i.RelatedPlaceIds));
                    Same(seed, dataset.ByPlace.Events.OfAny(places), "events", dataset.ByPlace.Events, dataset, home, partner, scopes, (s, e) => s.OfLinked(e.PlaceId, e.RelatedPlaceIds));
                    Same(seed, dataset.ByPlace.Connections.Of(home.Id), "connections", dataset.ByPlace.Connections, dataset, home, partner, scopes, (s, c) => s.OfJoined(c.PlaceIds));
                }
            }
        }
    }

    private static void Same<T>(
        int seed, IEnumerable<T> candidates, string list, RowsByKey<T, string> rows, Dataset dataset, Place home, Place partner, ScopeClassifier scopes, Func<ScopeClassifier, T, FactScope?> classify)
    {
        var expected = candidates.Select(r => (Row: r, Scope: classify(scopes, r))).Where(x => x.Scope is not null).ToList();

        var actual = HomeTies.Of(list, rows, dataset, home, partner, scopes, classify);

        Assert.True(
            expected.Count == actual.Count && expected.Zip(actual).All(x => ReferenceEquals(x.First.Row, x.Second.Row) && x.First.Scope == x.Second.Scope),
            $"seed {seed}, {list} of {home.Id} with {partner.Id}: expected {string.Join(", ", expected.Select(x => x.Scope))}; kept scopes gave {string.Join(", ", actual.Select(x => x.Scope))}");
    }
}
