using TiesReports.Core.Storage;
using TiesReports.Functions.TestHost;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Functions;

/// <summary>Data changes through the real worker: the blob trigger and the Event Grid queue both fan out through brief-jobs.</summary>
[Collection(WorkerCollection.Name)]
public sealed class DataChangeWorkerTests(FunctionsWorkerFixture worker) : IClassFixture<FunctionsWorkerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private static string CurrentPeriod => DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static int Count(IEnumerable<InvocationRecord> invocations, string function) => invocations.Count(i => i.FunctionName == function);

    private async Task ChangeTradeValue(decimal value)
    {
        var tree = SeedData.Tree();
        tree["trade"]![0]!["value"] = value;
        tree["trade"]![0]!["conversions"]![0]!["value"] = decimal.Round(value * 0.1376m, 0);
        await worker.Store.WriteAsync(StoreArea.Data, SeedData.FileName, SeedData.ToBytes(tree), WriteRequest.Json, CancellationToken.None);
    }

    [Fact]
    public async Task ChangedDataFile_IsSeenOnce_AndItsBriefsAreReRenderedThroughBriefJobs()
    {
        // The first look sees the seed's data file and schema (no receipts yet); the data file fans out its
        // three partnerships. Wait for that to settle.
        var jobs = Count(worker.Host.Invocations, "BriefJob");
        var seen = await worker.Host.ScanBlobsAsync();
        await worker.Host.WaitUntilAsync(all => Count(all, "BriefJob") >= jobs + 3, Patience);
        var name = $"dalian-arkhangelsk/{CurrentPeriod}.pdf";
        var before = await worker.Store.GetInfoAsync(StoreArea.Briefs, name, CancellationToken.None);

        await ChangeTradeValue(50_000_000_000m);
        jobs = Count(worker.Host.Invocations, "BriefJob");
        var changed = await worker.Host.ScanBlobsAsync();
        await worker.Host.WaitUntilAsync(all => Count(all, "BriefJob") >= jobs + 3, Patience);
        var again = await worker.Host.ScanBlobsAsync();

        Assert.Equal(2, seen);
        Assert.Equal(1, changed);
        Assert.Equal(0, again);
        Assert.All(worker.Host.Invocations.Where(i => i.FunctionName is "DataChanged" or "BriefJob"), i => Assert.True(i.Succeeded, i.Failure));
        var after = await worker.Store.ReadAsync(StoreArea.Briefs, name, CancellationToken.None);
        Assert.NotNull(after);
        Assert.NotEqual(before?.ETag, after.Info.ETag);
        using var pdf = PdfDocument.Open(after.Content.ToArray());
        Assert.Contains("CNY 50.0 billion", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventGridMessage_OnTheDataChangesQueue_FansOutTheSame()
    {
        var jobs = Count(worker.Host.Invocations, "BriefJob");
        var events = Count(worker.Host.Invocations, "DataChangedEvent");
        var queue = worker.Queues.GetQueueClient(worker.Settings["DataChangesQueue"]);
        await queue.CreateIfNotExistsAsync();
        var subject = $"/blobServices/default/containers/{worker.Settings["DataContainer"]}/blobs/{SeedData.FileName}";

        await queue.SendMessageAsync("{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"subject\":\"" + subject + "\",\"data\":{}}");
        await worker.Host.WaitUntilAsync(all => Count(all, "DataChangedEvent") > events && Count(all, "BriefJob") >= jobs + 3, Patience);

        Assert.All(worker.Host.Invocations.Where(i => i.FunctionName is "DataChangedEvent" or "BriefJob"), i => Assert.True(i.Succeeded, i.Failure));
        Assert.NotNull(await worker.Store.GetInfoAsync(StoreArea.Briefs, $"dalian-tomsk/{CurrentPeriod}.pdf", CancellationToken.None));
    }
}
