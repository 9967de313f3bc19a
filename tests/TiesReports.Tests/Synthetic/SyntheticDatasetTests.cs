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
    public void Generated_IsDeterministicForASeed()
    {
        var options = new SyntheticDatasetOptions { Partnerships = 5, Seed = 7 };

        Assert.Equal(SyntheticDatasetGenerator.Generate(options), SyntheticDatasetGenerator.Generate(options));
        Assert.NotEqual(SyntheticDatasetGenerator.Generate(options), SyntheticDatasetGenerator.Generate(options with { Seed = 8 }));
    }
}
