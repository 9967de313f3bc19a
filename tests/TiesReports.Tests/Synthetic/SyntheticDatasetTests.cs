using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Synthetic;

public sealed class SyntheticDatasetTests
{
    [Fact]
    public void Generated_LoadsCleanly_MarkedSynthetic_WithRequestedSize()
    {
        var options = new SyntheticDatasetOptions { Partnerships = 25, TradeYears = 2, SectorsPerPartnership = 5, EventsPerPartnership = 4 };

        var result = SeedData.Load(("synthetic.json", SyntheticDatasetGenerator.Generate(options)));

        Assert.Empty(result.Errors);
        Assert.True(result.Dataset.IsSynthetic);
        Assert.Equal(25, result.Dataset.Partnerships.Count);
        Assert.Equal(25 * 2 * 12, result.Dataset.Trade.Count);
        Assert.All(result.Dataset.Partnerships, p => Assert.Equal(5, p.Sectors.Count));
        Assert.Equal(25 * 4, result.Dataset.Events.Count);
    }

    [Fact]
    public void Lean_100000Partnerships_FitInOneFileUnderTheLoaderLimit()
    {
        var bytes = SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 100_000, Lean = true });

        Assert.InRange(bytes.Length, 1, new Core.Loading.LoaderOptions().MaxFileBytes);
    }

    [Fact]
    public void Lean_LoadsCleanly_EveryPartnershipBetweenTwoOfAFewPlaces()
    {
        var result = SeedData.Load(("lean.json", SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 3000, Lean = true })));

        Assert.Empty(result.Errors);
        Assert.True(result.Dataset.IsSynthetic);
        Assert.Equal(3000, result.Dataset.Partnerships.Count);
        Assert.Equal(LeanDatasetGenerator.PlacesFor(3000), result.Dataset.Places.Count);
        Assert.Equal(3000, result.Dataset.Partnerships.Select(p => string.Join('|', p.PlaceIds)).Distinct().Count());
        Assert.Empty(result.Dataset.Trade);
    }

    [Fact]
    public void Generated_IsDeterministicForASeed()
    {
        var options = new SyntheticDatasetOptions { Partnerships = 5, Seed = 7 };

        Assert.Equal(SyntheticDatasetGenerator.Generate(options), SyntheticDatasetGenerator.Generate(options));
        Assert.NotEqual(SyntheticDatasetGenerator.Generate(options), SyntheticDatasetGenerator.Generate(options with { Seed = 8 }));
    }

    [Fact]
    public void Generated_DrawsFromEveryCountry_SeveralCurrencies_AndOtherCodes()
    {
        var options = new SyntheticDatasetOptions { Partnerships = Core.Model.Countries.All.Count, TradeYears = 1, SectorsPerPartnership = 3, EventsPerPartnership = 2 };

        var result = SeedData.Load(("synthetic.json", SyntheticDatasetGenerator.Generate(options)));

        Assert.Empty(result.Errors);
        Assert.Equal(Core.Model.Countries.All.Select(c => c.Code).Order(), result.Dataset.Places.Skip(1).Select(p => p.Country).Distinct().Order());
        Assert.True(result.Dataset.Trade.Select(t => t.Currency).Distinct().Count() >= 8);
        Assert.Contains(result.Dataset.Trade, t => t.Currency == "JPY");
        Assert.Contains(result.Dataset.Trade, t => t.Currency == "BHD");
        Assert.Contains(result.Dataset.Partnerships.SelectMany(p => p.Sectors), s => s.Sector == "other" && s.Label.StartsWith("Synthetic sector", StringComparison.Ordinal));
        Assert.Contains(result.Dataset.Events, e => e.Kind == "other" && e.KindLabel == "Study tour");
        Assert.True(result.Dataset.Places.Select(p => p.Kind).Distinct().Count() > 10);
    }
}
