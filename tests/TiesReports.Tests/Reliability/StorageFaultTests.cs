using Azure.Storage.Queues.Models;
using TiesReports.Core.Storage;
using TiesReports.Core.Synthetic;
using TiesReports.Functions.Jobs;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Reliability;

/// <summary>Azurite stopped in the middle of a monthly queue run: jobs fail visibly, nothing half-written shows, the run completes after.</summary>
public sealed class StorageFaultTests
{
    private const int Partnerships = 20;

    [Fact]
    public async Task AzuriteStoppedMidRun_FailedJobsSurface_NoPartialBrief_AndTheRetriedRunCompletes()
    {
        await using var azurite = await AzuriteProcess.StartAsync(persistent: true);
        await using var app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        var data = SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = Partnerships });
        await app.Store.WriteAsync(StoreArea.Data, "synthetic.json", data, WriteRequest.Json, CancellationToken.None);
        await app.Create<MonthlyBriefsTimer>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var messages = await app.DrainAsync(app.JobsQueue);
        var processor = app.Create<BriefJobProcessor>();

        foreach (var message in messages.Take(8))
        {
            await processor.Run(message, CancellationToken.None);
        }

        await azurite.StopAsync();
        var failed = new List<QueueMessage>();
        foreach (var message in messages.Skip(8))
        {
            // The host would see the exception and deliver the message again later.
            await Assert.ThrowsAsync<StorageUnavailableException>(() => processor.Run(message, CancellationToken.None));
            failed.Add(message);
        }

        await azurite.RestartAsync();
        var visibleAfterOutage = (await app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        foreach (var message in failed)
        {
            await processor.Run(message, CancellationToken.None);
        }

        Assert.Equal(Partnerships, messages.Count);
        Assert.Equal(8, visibleAfterOutage.Count);
        var briefs = (await app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(Partnerships, briefs.Count);
        foreach (var info in briefs)
        {
            var stored = await app.Store.ReadAsync(StoreArea.Briefs, info.Name, CancellationToken.None);
            using var pdf = PdfDocument.Open(stored!.Content.ToArray());
            Assert.True(pdf.NumberOfPages >= 3, $"{info.Name} has {pdf.NumberOfPages} pages");
            Assert.Equal(stored.Info.Size, stored.Content.Length);
        }
    }
}
