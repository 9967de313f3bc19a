using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefs;

public sealed class BriefServiceInFlightTests
{
    [Fact]
    public Task RenderingThatFailsAfterItsOnlyWaiterWasCancelled_DoesNotFailTheNextRequest() => Task.Run(async () =>
    {
        // Run off the test's synchronisation context, so the failure propagates inline and deterministically.
        using var briefsFolder = new TempFolder();
        var store = new GatedWriteStore(new FolderReportStore(new FolderStoreOptions { DataPath = RepoPaths.Seeds, BriefsPath = briefsFolder.Path }));
        var service = new BriefService(store, new DatasetLoader());
        var request = new BriefRequest("dalian-tomsk", new Month(2026, 11));
        using var cancel = new CancellationTokenSource();

        var first = service.GetOrCreateAsync(request, BriefWriteMode.RefreshIfChanged, cancel.Token);
        await store.GatedWriteReached;
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        store.FailGatedWrite(new IOException("the disk was full for a moment"));

        var next = await service.GetOrCreateAsync(request, BriefWriteMode.RefreshIfChanged, CancellationToken.None);

        Assert.Equal(BriefStatus.Rendered, next.Status);
        Assert.NotNull(await store.GetInfoAsync(StoreArea.Briefs, next.Name, CancellationToken.None));
    });
}
