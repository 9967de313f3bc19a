using TiesReports.Core.Model;

namespace TiesReports.Tests.Briefings;

/// <summary>Small random datasets for checking that a faster way to a brief's rows gives exactly the rows of the plain one.</summary>
internal static class RandomDatasets
{
    private static readonly DatedFact Undated = DatedFact.Unknown("not stated");
    private static readonly string[] Countries = ["CN", "RU", "KZ"];

    /// <summary>A few places with rows that name them at random: repeated ids, a host in its own related list, pairs reported from either side.</summary>
    public static Dataset Next(Random random)
    {
        var places = Enumerable.Range(0, random.Next(2, 9)).Select(i => new Place($"p{i}", "city", $"P{i}", $"P{i}", Countries[random.Next(Countries.Length)], null, null, "s")).ToList();
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
