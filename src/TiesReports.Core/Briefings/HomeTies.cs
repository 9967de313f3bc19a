using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// The rows of one list that a partnership brief holds, with their scopes, in dataset order. A row that does not
/// name the partner is classified alike for every partner of the home place, except where only the partner's
/// country decides (see <see cref="ScopeClassifier.ForPartnerIn"/>); so those scopes are worked out once per list
/// and home place and kept on the dataset, and each brief classifies only the rows naming its partner and the
/// few that depend on its country. A city with 5,000 partners otherwise classified 5,000 institutions, links and
/// events again for each of its 5,000 briefs.
/// </summary>
internal static class HomeTies
{
    private const sbyte DependsOnCountry = -1;

    /// <param name="list">Names the list in the kept key ("institutions").</param>
    /// <param name="rows">The list by place.</param>
    /// <param name="dataset">The dataset the list is of.</param>
    /// <param name="home">The brief's home place.</param>
    /// <param name="partner">The brief's partner.</param>
    /// <param name="scopes">The brief's own classifier, for the rows naming the partner or depending on its country.</param>
    /// <param name="classify">The classifier's rule for this list.</param>
    public static List<(T Row, FactScope Scope)> Of<T>(
        string list, RowsByKey<T, string> rows, Dataset dataset, Place home, Place partner, ScopeClassifier scopes, Func<ScopeClassifier, T, FactScope?> classify)
    {
        var kept = dataset.ByPlace.Kept((nameof(HomeTies), list, home.Id), () => Keep(rows, dataset, home, classify));

        // Both lists ascend by position: merge them, the partner's own classification replacing the kept one.
        var own = rows.PositionsOf(partner.Id);
        var merged = new List<(T Row, FactScope Scope)>(kept.Positions.Length + own.Count);
        var next = 0;
        void Add(int position)
        {
            var row = rows.At(position);
            if (classify(scopes, row) is { } scope)
            {
                merged.Add((row, scope));
            }
        }

        for (var i = 0; i < kept.Positions.Length; i++)
        {
            var position = kept.Positions[i];
            for (; next < own.Count && own[next] < position; next++)
            {
                Add(own[next]);
            }

            if (next < own.Count && own[next] == position)
            {
                continue;
            }

            if (kept.Codes[i] == DependsOnCountry)
            {
                Add(position);
            }
            else
            {
                merged.Add((rows.At(position), (FactScope)kept.Codes[i]));
            }
        }

        for (; next < own.Count; next++)
        {
            Add(own[next]);
        }

        return merged;
    }

    /// <summary>
    /// Each row naming the home place, classified for a partner in no country and in every country of the data:
    /// where the two agree, the scope is the same for a partner in any country; where they differ, it depends on it.
    /// </summary>
    private static KeptScopes Keep<T>(RowsByKey<T, string> rows, Dataset dataset, Place home, Func<ScopeClassifier, T, FactScope?> classify)
    {
        var inNoCountry = ScopeClassifier.ForPartnerIn(dataset, home, new HashSet<string>(StringComparer.Ordinal));
        var inAnyCountry = ScopeClassifier.ForPartnerIn(dataset, home, dataset.Places.Select(p => p.Country).ToHashSet(StringComparer.Ordinal));
        var positions = new List<int>();
        var codes = new List<sbyte>();
        foreach (var position in rows.PositionsOf(home.Id))
        {
            var row = rows.At(position);
            var a = classify(inNoCountry, row);
            var b = classify(inAnyCountry, row);
            if (a is null && b is null)
            {
                continue;
            }

            positions.Add(position);
            codes.Add(a == b ? (sbyte)a!.Value : DependsOnCountry);
        }

        return new KeptScopes([.. positions], [.. codes]);
    }

    private sealed record KeptScopes(int[] Positions, sbyte[] Codes);
}
