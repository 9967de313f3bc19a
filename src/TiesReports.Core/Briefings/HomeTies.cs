using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// The rows of one list that a partnership brief holds, with their scopes, in dataset order. A row that does not
/// name the partner is classified alike for every partner of the home place in the same country (see
/// <see cref="ScopeClassifier.ForPartnerIn"/>), so those scopes are worked out once per list, home place and
/// country and kept on the dataset; each brief classifies only the rows naming its partner. A city with 5,000
/// partners otherwise classified 5,000 institutions, links and events again for each of its 5,000 briefs.
/// </summary>
internal static class HomeTies
{
    /// <param name="list">Names the list in the kept key ("institutions").</param>
    /// <param name="rows">The list by place.</param>
    /// <param name="dataset">The dataset the list is of.</param>
    /// <param name="home">The brief's home place.</param>
    /// <param name="partner">The brief's partner.</param>
    /// <param name="scopes">The brief's own classifier, for the rows naming the partner.</param>
    /// <param name="classify">The classifier's rule for this list.</param>
    public static List<(T Row, FactScope Scope)> Of<T>(
        string list, RowsByKey<T, string> rows, Dataset dataset, Place home, Place partner, ScopeClassifier scopes, Func<ScopeClassifier, T, FactScope?> classify)
    {
        var alike = dataset.ByPlace.Kept((nameof(HomeTies), list, home.Id, partner.Country), () =>
        {
            var neutral = ScopeClassifier.ForPartnerIn(dataset, home, partner.Country);
            return rows.PositionsOf(home.Id)
                .Select(position => (Position: position, Scope: classify(neutral, rows.At(position))))
                .Where(x => x.Scope is not null)
                .Select(x => (x.Position, Scope: x.Scope!.Value))
                .ToArray();
        });

        // Both lists ascend by position: merge them, the partner's own classification replacing the kept one.
        var own = rows.PositionsOf(partner.Id);
        var merged = new List<(T Row, FactScope Scope)>(alike.Length + own.Count);
        var next = 0;
        void OwnBefore(int position)
        {
            for (; next < own.Count && own[next] < position; next++)
            {
                var row = rows.At(own[next]);
                if (classify(scopes, row) is { } scope)
                {
                    merged.Add((row, scope));
                }
            }
        }

        foreach (var (position, scope) in alike)
        {
            OwnBefore(position);
            if (next < own.Count && own[next] == position)
            {
                continue;
            }

            merged.Add((rows.At(position), scope));
        }

        OwnBefore(int.MaxValue);
        return merged;
    }
}
