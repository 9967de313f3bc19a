using System.Text.Json;
using TiesReports.Core.Storage;
using TiesReports.Functions.TestHost;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Functions;

/// <summary>The monthly flow through the real worker: timer → brief-jobs queue → BriefJob → stored brief; poison with its reason.</summary>
[Collection(WorkerCollection.Name)]
public sealed class MonthlyJobsWorkerTests(FunctionsWorkerFixture worker) : IClassFixture<FunctionsWorkerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private static string CurrentPeriod => DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static int Count(IEnumerable<InvocationRecord> invocations, string function) => invocations.Count(i => i.FunctionName == function);

    private async Task<Dictionary<string, string>> ThisMonthsBriefs() =>
        (await worker.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None))
            .Where(i => i.Name.EndsWith($"/{CurrentPeriod}.pdf", StringComparison.Ordinal))
            .ToDictionary(i => i.Name, i => i.ETag);

    [Fact]
    public async Task TimerFiredTwice_FansOutThroughTheQueue_AndLeavesOneBriefPerPartnership()
    {
        var jobsBefore = Count(worker.Host.Invocations, "BriefJob");

        var fired = await Task.WhenAll(worker.Host.FireTimerAsync("MonthlyBriefs"), worker.Host.FireTimerAsync("MonthlyBriefs"));
        await worker.Host.WaitUntilAsync(all => Count(all, "BriefJob") >= jobsBefore + 6, Patience);
        var first = await ThisMonthsBriefs();
        await worker.Host.FireTimerAsync("MonthlyBriefs");
        await worker.Host.WaitUntilAsync(all => Count(all, "BriefJob") >= jobsBefore + 9, Patience);

        Assert.All(fired, f => Assert.True(f.Succeeded, f.Failure));
        Assert.All(worker.Host.Invocations.Where(i => i.FunctionName == "BriefJob"), i => Assert.True(i.Succeeded, i.Failure));
        Assert.Equal(
            [$"dalian-arkhangelsk/{CurrentPeriod}.pdf", $"dalian-tomsk/{CurrentPeriod}.pdf", $"dalian-vladivostok/{CurrentPeriod}.pdf"],
            first.Keys.Order());
        Assert.Equal(first, await ThisMonthsBriefs());
    }

    [Theory]
    [InlineData("not json at all", "not a brief job")]
    [InlineData("{\"subjectId\":\"dalian-paris\",\"period\":\"2026-12\"}", "No partnership or place")]
    public async Task MessageThatCanNeverSucceed_EndsInThePoisonQueue_WithItsReason(string body, string reason)
    {
        var jobsBefore = Count(worker.Host.Invocations, "BriefJob");
        await worker.JobsQueue.CreateIfNotExistsAsync();

        await worker.JobsQueue.SendMessageAsync(body);
        await worker.Host.WaitUntilAsync(all => Count(all, "BriefJob") > jobsBefore, Patience);

        var poisoned = (await worker.PoisonQueue.PeekMessagesAsync(32)).Value
            .Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement)
            .Single(m => m.GetProperty("message").GetString() == body);
        Assert.Contains(reason, poisoned.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Null(await worker.Store.GetInfoAsync(StoreArea.Briefs, "dalian-paris/2026-12.pdf", CancellationToken.None));
    }
}
