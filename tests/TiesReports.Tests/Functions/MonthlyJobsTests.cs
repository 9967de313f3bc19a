using Azure.Storage.Queues.Models;
using TiesReports.Core.Storage;
using TiesReports.Functions.Jobs;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class MonthlyJobsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset FirstOfDecember = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    private FunctionsHarness _app = null!;

    public async Task InitializeAsync()
    {
        _app = new FunctionsHarness(azurite.ConnectionString, FirstOfDecember);
        await _app.SeedAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task FireTimer() => _app.Create<MonthlyBriefsTimer>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    private async Task ProcessAll(IEnumerable<QueueMessage> messages)
    {
        var processor = _app.Create<BriefJobProcessor>();
        foreach (var message in messages)
        {
            await processor.Run(message, CancellationToken.None);
        }
    }

    private async Task<List<string>> StoredBriefs() =>
        (await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList().Select(i => i.Name).ToList();

    [Fact]
    public async Task Timer_EnqueuesOneJobPerPartnership_AndTheQueueRendersEachBrief()
    {
        await FireTimer();
        var messages = await _app.DrainAsync(_app.JobsQueue);

        await ProcessAll(messages);

        Assert.Equal(3, messages.Count);
        Assert.Equal(["dalian-arkhangelsk/2026-12.pdf", "dalian-tomsk/2026-12.pdf", "dalian-vladivostok/2026-12.pdf"], await StoredBriefs());
        var brief = await _app.Store.ReadAsync(StoreArea.Briefs, "dalian-tomsk/2026-12.pdf", CancellationToken.None);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(brief!.Content.Span[..5]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimerFiringTwice_LeavesExactlyOneBriefPerPartnership()
    {
        await Task.WhenAll(FireTimer(), FireTimer());
        var messages = await _app.DrainAsync(_app.JobsQueue);

        await ProcessAll(messages);
        var etags = (await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList().ToDictionary(i => i.Name, i => i.ETag);
        await FireTimer();
        await ProcessAll(await _app.DrainAsync(_app.JobsQueue));

        Assert.Equal(6, messages.Count);
        Assert.Equal(3, etags.Count);
        Assert.Equal(3, _app.Briefs.RenderCount);
        Assert.Equal(etags, (await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList().ToDictionary(i => i.Name, i => i.ETag));
    }

    [Fact]
    public async Task DuplicateMessagesProcessedAtOnce_RenderAndStoreOneBrief()
    {
        var job = new BriefJob("dalian-arkhangelsk", "2026-12").ToJson();
        await _app.JobsQueue.CreateIfNotExistsAsync();
        for (var i = 0; i < 4; i++)
        {
            await _app.JobsQueue.SendMessageAsync(job);
        }

        var messages = await _app.DrainAsync(_app.JobsQueue);
        var processor = _app.Create<BriefJobProcessor>();
        await Task.WhenAll(messages.Select(m => processor.Run(m, CancellationToken.None)));

        Assert.Equal(["dalian-arkhangelsk/2026-12.pdf"], await StoredBriefs());
        Assert.Equal(1, _app.Briefs.RenderCount);
    }

    [Theory]
    [InlineData("not json at all", "not a brief job")]
    [InlineData("{\"subjectId\":\"../etc\",\"period\":\"2026-12\"}", "lower-case")]
    [InlineData("{\"subjectId\":\"dalian-tomsk\",\"period\":\"2026-13\"}", "does not exist")]
    [InlineData("{\"subjectId\":\"dalian-paris\",\"period\":\"2026-12\"}", "No partnership or place")]
    public async Task MessageThatCanNeverSucceed_GoesToThePoisonQueueWithItsReasonLogged(string body, string reason)
    {
        await _app.JobsQueue.CreateIfNotExistsAsync();
        await _app.JobsQueue.SendMessageAsync(body);
        var message = Assert.Single(await _app.DrainAsync(_app.JobsQueue));

        await _app.Create<BriefJobProcessor>().Run(message, CancellationToken.None);

        var poisoned = Assert.Single(await _app.DrainAsync(_app.PoisonQueue));
        var parked = System.Text.Json.JsonDocument.Parse(poisoned.Body.ToString()).RootElement;
        Assert.Equal(body, parked.GetProperty("message").GetString());
        Assert.Contains(reason, parked.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(_app.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(await StoredBriefs());
    }

    [Fact]
    public async Task FailingMessage_OnItsLastAttempt_WhileStorageIsDown_IsRethrownForTheHost_WithTheReasonLogged()
    {
        await using var own = await AzuriteProcess.StartAsync();
        await using var app = new FunctionsHarness(own.ConnectionString, FirstOfDecember);
        await app.SeedAsync();
        await app.JobsQueue.CreateIfNotExistsAsync();
        await app.JobsQueue.SendMessageAsync(new BriefJob("dalian-tomsk", "2026-12").ToJson());
        var messages = new List<QueueMessage>();
        for (var attempt = 0; attempt < new TiesReports.Functions.Jobs.QueueHostOptions().MaxDequeueCount; attempt++)
        {
            messages = (await app.JobsQueue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1))).Value.ToList();
            await Task.Delay(1100);
        }

        var last = Assert.Single(messages);
        await own.StopAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => app.Create<BriefJobProcessor>().Run(last, CancellationToken.None));
        Assert.Contains(app.Logs.Entries, e => e.Message.Contains("failed on its last attempt", StringComparison.Ordinal));
    }
}
