using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefs;

public sealed class BriefServiceBatchTests
{
    [Fact]
    public async Task GetOrCreate_FromOneLoad_RendersEveryPartnershipWithoutListingTheDataAgain()
    {
        using var briefsFolder = new TempFolder();
        var store = new ListingCountingStore(new FolderReportStore(new FolderStoreOptions { DataPath = RepoPaths.Seeds, BriefsPath = briefsFolder.Path }));
        var service = new BriefService(store, new DatasetLoader());
        var loaded = await service.LoadAsync(CancellationToken.None);
        var ids = loaded.Dataset.Partnerships.Select(p => p.Id).ToList();
        var listingsOfTheLoad = store.DataListings;

        var outcomes = new List<BriefOutcome>();
        foreach (var id in ids)
        {
            outcomes.Add(await service.GetOrCreateAsync(loaded, new BriefRequest(id, new Month(2026, 11)), BriefWriteMode.RefreshIfChanged, CancellationToken.None));
        }

        Assert.True(ids.Count >= 2, "the seeds hold several partnerships");
        Assert.All(outcomes, o => Assert.Equal(BriefStatus.Rendered, o.Status));
        Assert.True(listingsOfTheLoad > 0, "the load listed the data");
        Assert.Equal(listingsOfTheLoad, store.DataListings);
    }
}
