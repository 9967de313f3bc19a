using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Loading;

public sealed class SeedDatasetTests
{
    [Fact]
    public async Task DalianSeed_LoadsFromSeedsFolder_WithoutErrors()
    {
        var store = new FolderReportStore(new FolderStoreOptions { DataPath = RepoPaths.Seeds, BriefsPath = Path.GetTempPath() });

        var result = await new DatasetLoader().LoadAsync(store, CancellationToken.None);

        Assert.Empty(result.Errors);
        Assert.Equal(["dalian", "arkhangelsk", "vladivostok", "tomsk", "primorsky"], result.Dataset.Places.Select(p => p.Id));
        Assert.Equal(3, result.Dataset.Partnerships.Count);
        Assert.Equal(new DateOnly(2026, 11, 27), result.Dataset.AsOf);
        Assert.False(result.Dataset.IsSynthetic);
    }

    [Fact]
    public void DalianSeed_HoldsTheArticlesFiguresWithUnknownYearStated()
    {
        var dataset = SeedData.Load((SeedData.FileName, SeedData.Bytes)).Dataset;

        var trade = Assert.Single(dataset.Trade);
        Assert.Equal(43_600_000_000m, trade.Value);
        Assert.Equal("CNY", trade.Currency);
        Assert.Equal(6_000_000_000m, Assert.Single(trade.Conversions).Value);
        Assert.False(trade.Period.IsKnown);
        Assert.Contains("last year", trade.Period.Note, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(176, Assert.Single(dataset.Enterprises).Count);
        Assert.Equal(2, dataset.Institutions.Count);
        Assert.Equal("direct-flight", Assert.Single(dataset.Connections).Kind);
        Assert.Equal(2, dataset.Events.Count);
    }

    [Fact]
    public void DalianSeed_NamesEverySectorTheArticleNames()
    {
        var memorandum = SeedData.Load((SeedData.FileName, SeedData.Bytes)).Dataset.FindPartnership("dalian-arkhangelsk")!;

        string[] named =
        [
            "economy", "culture", "education", "sports", "youth", "energy", "minerals", "timber", "machinery-manufacturing",
            "fisheries", "marine-products-processing", "port-construction", "maritime-logistics", "infrastructure", "higher-education",
        ];
        Assert.All(named, code => Assert.Contains(memorandum.Sectors, s => s.Sector == code));
        Assert.False(memorandum.Since.IsKnown);
        Assert.NotNull(memorandum.Since.Note);
    }
}
