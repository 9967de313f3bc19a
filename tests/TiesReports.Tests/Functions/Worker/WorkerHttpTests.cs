using System.Net;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Functions.Worker;

/// <summary>The HTTP API through the real worker process: routing, binding, keys and the worker's own web server.</summary>
public sealed class WorkerHttpTests(FunctionsWorkerFixture worker) : IClassFixture<FunctionsWorkerFixture>
{
    [Fact]
    public async Task Host_LoadsEveryFunctionOfTheBuiltApp_InTheRealWorkerProcess()
    {
        Assert.NotEqual(0, worker.Host.WorkerProcessId);
        Assert.Equal(
            ["BriefJob", "CreateBrief", "DataChanged", "DataChangedEvent", "GetBrief", "Health", "ListBriefs", "MonthlyBriefs"],
            worker.Host.Functions.Order());
    }

    [Fact]
    public async Task Health_WithoutKey_Answers200()
    {
        using var response = await worker.Anonymous.GetAsync("api/health");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBrief_WithoutKey_Is401()
    {
        using var response = await worker.Anonymous.GetAsync("api/briefs/dalian-arkhangelsk?period=2026-11");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBrief_WithKey_ReturnsThePdf_BoundToTheRouteValue()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-arkhangelsk?period=2026-11");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Архангельск", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }
}
