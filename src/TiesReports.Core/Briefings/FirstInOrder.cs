namespace TiesReports.Core.Briefings;

/// <summary>
/// What a stable sort of a list followed by "every row of one kind and the first N others" gives, without sorting
/// the whole list: a partnership brief of a city with 5,000 partners sorted its 10,000 events and 5,000
/// institutions and links to show 30 of each, and that sorting was a sixth of a batch's time. Rows with equal keys
/// keep their list order, as in a stable sort.
/// </summary>
internal static class FirstInOrder
{
    /// <param name="rows">The rows in list order.</param>
    /// <param name="key">The sort key, ascending.</param>
    /// <param name="always">Rows shown wherever they are in the order.</param>
    /// <param name="others">How many of the other rows are shown: the first in the order.</param>
    /// <returns>The rows shown, in sorted order, and how many rows there are in all.</returns>
    public static (List<T> Shown, int Total) Of<T>(IEnumerable<T> rows, Func<T, long> key, Func<T, bool> always, int others)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(always);
        var shown = new List<(long Key, int Index, T Row)>();
        var first = new List<(long Key, int Index, T Row)>(others + 1);
        var index = 0;
        foreach (var row in rows)
        {
            var entry = (Key: key(row), Index: index++, Row: row);
            if (always(row))
            {
                shown.Add(entry);
                continue;
            }

            // A later row with an equal key sorts after the last one kept, so it cannot displace it.
            if (first.Count == others && (others == 0 || entry.Key >= first[^1].Key))
            {
                continue;
            }

            first.Insert(After(first, entry.Key), entry);
            if (first.Count > others)
            {
                first.RemoveAt(first.Count - 1);
            }
        }

        shown.AddRange(first);
        shown.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        return (shown.ConvertAll(e => e.Row), index);
    }

    /// <summary>The position after every entry whose key is at most <paramref name="key"/>.</summary>
    private static int After<T>(List<(long Key, int Index, T Row)> sorted, long key)
    {
        var (low, high) = (0, sorted.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].Key <= key)
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
