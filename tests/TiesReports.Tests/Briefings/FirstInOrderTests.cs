using TiesReports.Core.Briefings;

namespace TiesReports.Tests.Briefings;

/// <summary>
/// The rows a partnership brief shows of a long list (its own and the first few others in date or scope order),
/// picked without sorting the list, against sorting it whole (stable) and cutting: the same rows in the same order,
/// over many random lists with many equal keys.
/// </summary>
public sealed class FirstInOrderTests
{
    [Fact]
    public void Picked_AreWhatAStableSortThenCutGives_ForRandomListsWithTies()
    {
        for (var seed = 0; seed < 2_000; seed++)
        {
            var random = new Random(seed);
            var rows = Enumerable.Range(0, random.Next(0, 120))
                .Select(i => (Name: $"row{i}", Key: (long)random.Next(-5, 6) * (random.Next(2) == 0 ? 1 : 1L << 40), Own: random.Next(10) == 0))
                .ToList();
            var others = random.Next(0, 40);

            var (shown, total) = FirstInOrder<(string Name, long Key, bool Own)>.Of(rows, r => r.Key, r => r.Own, others);

            var sorted = rows.OrderBy(r => r.Key).ToList();
            var expected = new List<(string Name, long Key, bool Own)>();
            var taken = 0;
            foreach (var row in sorted)
            {
                if (row.Own || taken++ < others)
                {
                    expected.Add(row);
                }
            }

            Assert.True(expected.SequenceEqual(shown), $"seed {seed}: expected {string.Join(",", expected.Select(r => r.Name))}, got {string.Join(",", shown.Select(r => r.Name))}");
            Assert.Equal(rows.Count, total);
        }
    }

    [Fact]
    public void Descending_ByNegatedKey_KeepsListOrderAmongEqualKeys_AsOrderByDescendingDoes()
    {
        string[] rows = ["a1", "b2", "c1", "d2", "e3", "f3", "g1"];

        var (shown, total) = FirstInOrder<string>.Of(rows, r => -(long)(r[1] - '0'), _ => false, 4);

        Assert.Equal(rows.OrderByDescending(r => r[1]).Take(4), shown);
        Assert.Equal(["e3", "f3", "b2", "d2"], shown);
        Assert.Equal(7, total);
    }
}
