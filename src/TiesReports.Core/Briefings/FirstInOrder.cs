namespace TiesReports.Core.Briefings;

/// <summary>
/// What a stable sort of a list followed by "every row of one kind and the first N others" gives, without sorting
/// the whole list: a partnership brief of a city with 5,000 partners sorted its 10,000 events and 5,000
/// institutions and links to show 30 of each, and that sorting was a sixth of a batch's time. Rows are added in
/// list order, one by one (so one pass over a list can feed several); rows with equal keys keep that order, as in
/// a stable sort.
/// </summary>
/// <param name="others">How many of the rows not always shown are shown: the first in the order.</param>
internal sealed class FirstInOrder<T>(int others)
{
    private readonly List<(long Key, int Index, T Row)> _always = [];
    private readonly List<(long Key, int Index, T Row)> _first = [];

    /// <summary>How many rows were added.</summary>
    public int Total { get; private set; }

    /// <param name="rows">The rows in list order.</param>
    /// <param name="key">The sort key, ascending.</param>
    /// <param name="always">Rows shown wherever they are in the order.</param>
    /// <param name="others">How many of the other rows are shown: the first in the order.</param>
    /// <returns>The rows shown, in sorted order, and how many rows there are in all.</returns>
    public static (List<T> Shown, int Total) Of(IEnumerable<T> rows, Func<T, long> key, Func<T, bool> always, int others)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(always);
        var picked = new FirstInOrder<T>(others);
        foreach (var row in rows)
        {
            picked.Add(row, key(row), always(row));
        }

        return (picked.Shown(), picked.Total);
    }

    /// <summary>Adds the next row of the list.</summary>
    public void Add(T row, long key, bool always)
    {
        var entry = (Key: key, Index: Total++, Row: row);
        if (always)
        {
            _always.Add(entry);
            return;
        }

        // A later row with an equal key sorts after the last one kept, so it cannot displace it.
        if (_first.Count == others && (others == 0 || key >= _first[^1].Key))
        {
            return;
        }

        _first.Insert(After(key), entry);
        if (_first.Count > others)
        {
            _first.RemoveAt(_first.Count - 1);
        }
    }

    /// <summary>The rows shown, in sorted order.</summary>
    public List<T> Shown()
    {
        var shown = new List<(long Key, int Index, T Row)>(_always.Count + _first.Count);
        shown.AddRange(_always);
        shown.AddRange(_first);
        shown.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        return shown.ConvertAll(e => e.Row);
    }

    /// <summary>The position after every kept row whose key is at most <paramref name="key"/>.</summary>
    private int After(long key)
    {
        var (low, high) = (0, _first.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_first[middle].Key <= key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
