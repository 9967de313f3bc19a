using System.Net;
using System.Text.Json;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Functions;

/// <summary>503 through the real worker: storage goes away under a running worker.</summary>
[Collection(WorkerCollection.Name)]
public sealed class StorageOutageHttpTests(FunctionsWorkerFixture worker) : IClassFixture<FunctionsWorkerFixture>
{
    [Fact]
    public async Task StorageDown_Returns503WithRetryAfter_AndHealthSaysWhichPartFailed()
    {
        await worker.Azurite.StopAsync();

        using var brief = await worker.Client.GetAsync("api/briefs/dalian-arkhangelsk?period=2026-11");
        using var health = await worker.Anonymous.GetAsync("api/health");

        await WorkerAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, brief, worker.Host);
        Assert.Equal(TimeSpan.FromSeconds(30), brief.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await brief.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        await WorkerAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, health, worker.Host);
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unreachable", report.GetProperty("blob").GetString());
        Assert.Equal("unreachable", report.GetProperty("queue").GetString());
        Assert.DoesNotContain("127.0.0.1", report.ToString(), StringComparison.Ordinal);
    }
}
