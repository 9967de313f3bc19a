namespace TiesReports.Core.Model;

/// <summary>
/// The rows of one list of a dataset grouped by key, each group in the list's order. A lookup over several keys
/// gives each row once and in list order, exactly as a filter over the whole list would.
/// </summary>
public sealed class RowsByKey<TRow, TKey>
    where TKey : notnull
{
    private readonly IReadOnlyList<TRow> _rows;
    private readonly Dictionary<TKey, List<int>> _positions;

    public RowsByKey(IReadOnlyList<TRow> rows, Func<TRow, IEnumerable<TKey>> keysOf, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keysOf);
        _rows = rows;
        _positions = new Dictionary<TKey, List<int>>(comparer);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var key in keysOf(rows[i]))
            {
                if (!_positions.TryGetValue(key, out var list))
                {
                    list = [];
                    _positions[key] = list;
                }

                // A row naming the same key twice is listed once.
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }
    }

    /// <summary>The rows with this key, in list order.</summary>
    public IReadOnlyList<TRow> Of(TKey key) =>
        _positions.TryGetValue(key, out var list) ? list.Select(i => _rows[i]).ToList() : [];

    /// <summary>The positions in the list of the rows with this key, ascending.</summary>
    public IReadOnlyList<int> PositionsOf(TKey key) => _positions.TryGetValue(key, out var list) ? list : [];

    /// <summary>The row at a position of the list.</summary>
    public TRow At(int position) => _rows[position];

    /// <summary>How many rows have this key.</summary>
    public int CountOf(TKey key) => _positions.TryGetValue(key, out var list) ? list.Count : 0;

    /// <summary>The rows with any of these keys, each once, in list order.</summary>
    public IReadOnlyList<TRow> OfAny(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var positions = new List<int>();
        foreach (var key in keys)
        {
            if (_positions.TryGetValue(key, out var list))
            {
                positions.AddRange(list);
            }
        }

        positions.Sort();
        var rows = new List<TRow>(positions.Count);
        for (var i = 0; i < positions.Count; i++)
        {
            if (i == 0 || positions[i] != positions[i - 1])
            {
                rows.Add(_rows[positions[i]]);
            }
        }

        return rows;
    }
}
