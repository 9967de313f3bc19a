using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobReportStoreTests(AzuriteFixture azurite) : ReportStoreContract
{
    private readonly BlobReportStore _store = azurite.CreateStore(out _);

    protected override IReportStore Store => _store;

    [Fact]
    public async Task Seed_UploadsSeedsFolder_AndLoaderReadsTheSameDatasetFromBlobs()
    {
        var written = await Seeder.SeedAsync(RepoPaths.Seeds, _store, CancellationToken.None);

        var fromBlobs = await new DatasetLoader().LoadAsync(_store, CancellationToken.None);
        var fromFolder = SeedData.Load((SeedData.FileName, SeedData.Bytes));

        Assert.Contains("dalian-russia.json", written);
        Assert.Contains("partnerships.schema.json", written);
        Assert.Empty(fromBlobs.Errors);
        Assert.Equal(fromFolder.Dataset.Partnerships.Select(p => p.Id), fromBlobs.Dataset.Partnerships.Select(p => p.Id));
        Assert.Equal([_store.Describe(StoreArea.Data, "dalian-russia.json")], fromBlobs.LoadedFiles);
    }

    [Fact]
    public async Task BrokenBlob_ErrorsNameTheBlob_AndValidBlobsStillLoad()
    {
        await Seeder.SeedAsync(RepoPaths.Seeds, _store, CancellationToken.None);
        await _store.WriteAsync(StoreArea.Data, "extra/broken.json", "{\"dataset\": {\"id\": \"x\"}"u8.ToArray(), WriteRequest.Json, CancellationToken.None);

        var result = await new DatasetLoader().LoadAsync(_store, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("blob data-", error.File, StringComparison.Ordinal);
        Assert.EndsWith("/extra/broken.json", error.File, StringComparison.Ordinal);
        Assert.Equal(3, result.Dataset.Partnerships.Count);
    }

    [Fact]
    public async Task StoppedStorage_SurfacesAsStorageUnavailable()
    {
        await using var own = await AzuriteProcess.StartAsync();
        var store = new BlobReportStore(new Azure.Storage.Blobs.BlobServiceClient(own.ConnectionString, FastFailing()), Microsoft.Extensions.Options.Options.Create(new BlobStoreOptions()));
        await store.CheckAvailableAsync(CancellationToken.None);

        await own.StopAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CheckAvailableAsync(CancellationToken.None));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
    }

    private static Azure.Storage.Blobs.BlobClientOptions FastFailing()
    {
        var options = new Azure.Storage.Blobs.BlobClientOptions();
        options.Retry.MaxRetries = 0;
        return options;
    }
}
