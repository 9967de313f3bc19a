using System.Text.Json;
using Azure.Storage.Blobs;
using TiesReports.Briefs.Services;
using TiesReports.Core.Storage;
using TiesReports.Functions.Http;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class HttpFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private FunctionsHarness _app = null!;

    public async Task InitializeAsync()
    {
        _app = new FunctionsHarness(azurite.ConnectionString, Now);
        await _app.SeedAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<(int Status, Microsoft.AspNetCore.Http.IHeaderDictionary Headers, byte[] Body)> GetBrief(string id, string? query = "?period=2026-11", string? ifNoneMatch = null)
    {
        var context = FunctionsHarness.Request("GET", $"/api/briefs/{id}", query);
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        var result = await _app.Create<BriefsApi>().Get(context.Request, id, CancellationToken.None);
        return await FunctionsHarness.ExecuteAsync(result, context);
    }

    private static JsonElement Json(byte[] body) => JsonDocument.Parse(body).RootElement;

    [Fact]
    public async Task GetBrief_ReturnsThePdf_WithETagAndFileName_AndStoresIt()
    {
        var (status, headers, body) = await GetBrief("dalian-arkhangelsk");

        Assert.Equal(200, status);
        Assert.Equal("application/pdf", headers.ContentType.ToString());
        Assert.Contains("filename=dalian-arkhangelsk-2026-11.pdf", headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(body);
        Assert.Contains("Архангельск", pdf.GetPage(1).Text, StringComparison.Ordinal);
        var stored = await _app.Store.GetInfoAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-11.pdf", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(stored.ETag, headers.ETag.ToString());
        Assert.Equal(body.Length, stored.Size);
    }

    [Fact]
    public async Task GetBrief_Repeated_IsServedFromStorageWithoutRendering()
    {
        var first = await GetBrief("dalian-arkhangelsk");
        var rendersAfterFirst = _app.Briefs.RenderCount;

        var second = await GetBrief("dalian-arkhangelsk");

        Assert.Equal(1, rendersAfterFirst);
        Assert.Equal(1, _app.Briefs.RenderCount);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Headers.ETag.ToString(), second.Headers.ETag.ToString());
    }

    [Fact]
    public async Task GetBrief_WithMatchingIfNoneMatch_Returns304WithoutBody()
    {
        var first = await GetBrief("dalian-arkhangelsk");

        var (status, headers, body) = await GetBrief("dalian-arkhangelsk", ifNoneMatch: first.Headers.ETag.ToString());

        Assert.Equal(304, status);
        Assert.Empty(body);
        Assert.Equal(first.Headers.ETag.ToString(), headers.ETag.ToString());
    }

    [Fact]
    public async Task GetBrief_WithoutPeriod_UsesTheCurrentMonth()
    {
        var (status, headers, _) = await GetBrief("dalian-tomsk", query: null);

        Assert.Equal(200, status);
        Assert.Contains("dalian-tomsk-2026-11.pdf", headers.ContentDisposition.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dalian-Arkhangelsk", "lower-case")]
    [InlineData("..", "lower-case")]
    [InlineData("%2e%2e", "lower-case")]
    [InlineData("con", "reserved device name")]
    public async Task GetBrief_WithBadId_Returns400WithTheReason(string id, string reason)
    {
        var (status, headers, body) = await GetBrief(id);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", headers.ContentType.ToString());
        Assert.Contains(reason, Json(body).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
    }

    [Theory]
    [InlineData("?period=2026-13", "does not exist")]
    [InlineData("?period=0000-01", "outside the years")]
    [InlineData("?period=2031-01", "more than 12 months ahead")]
    [InlineData("?period=november", "not of the form yyyy-MM")]
    public async Task GetBrief_WithBadPeriod_Returns400WithTheReason(string query, string reason)
    {
        var (status, _, body) = await GetBrief("dalian-arkhangelsk", query);

        Assert.Equal(400, status);
        Assert.Contains(reason, Json(body).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBrief_ForUnknownPartnership_Returns404Problem()
    {
        var (status, headers, body) = await GetBrief("dalian-paris");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", headers.ContentType.ToString());
        Assert.Equal(404, Json(body).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetBrief_WhoseDataIsInvalid_Returns422WithTheLoadersErrors()
    {
        var broken = SeedData.Tree();
        broken["dataset"]!["id"] = "harbin";
        broken["sources"] = new System.Text.Json.Nodes.JsonArray();
        broken["places"] = new System.Text.Json.Nodes.JsonArray();
        broken["partnerships"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"id":"dalian-harbin","title":"x","placeIds":["dalian","harbin"],"stage":"contact","since":"2020","sourceId":"chinadaily-dalian-russian-cities"}]""");
        foreach (var key in new[] { "trade", "enterprises", "institutions", "connections", "events" })
        {
            broken.Remove(key);
        }

        await _app.Store.WriteAsync(StoreArea.Data, "harbin.json", SeedData.ToBytes(broken), WriteRequest.Json, CancellationToken.None);

        var (status, _, body) = await GetBrief("dalian-harbin");

        Assert.Equal(422, status);
        var error = Json(body).GetProperty("errors")[0];
        Assert.EndsWith("/harbin.json", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.partnerships[0].placeIds[1]", error.GetProperty("path").GetString());
        Assert.Contains("harbin", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBrief_Returns201WithLocation_AndTheBriefIsListed()
    {
        var context = FunctionsHarness.Request("POST", "/api/briefs", body: """{"subject":"dalian-vladivostok","period":"2026-10"}""");

        var (status, headers, body) = await FunctionsHarness.ExecuteAsync(await _app.Create<BriefsApi>().Create(context.Request, CancellationToken.None), context);

        Assert.Equal(201, status);
        Assert.Equal("/api/briefs/dalian-vladivostok?period=2026-10", headers.Location.ToString());
        Assert.Equal("dalian-vladivostok/2026-10.pdf", Json(body).GetProperty("id").GetString());
        Assert.Equal("rendered", Json(body).GetProperty("status").GetString());
        Assert.NotNull(await _app.Store.GetInfoAsync(StoreArea.Briefs, "dalian-vladivostok/2026-10.pdf", CancellationToken.None));
    }

    [Theory]
    [InlineData("{not json", "application/json", 400)]
    [InlineData("{\"period\":\"2026-10\"}", "application/json", 400)]
    [InlineData("subject=dalian-tomsk", "application/x-www-form-urlencoded", 415)]
    public async Task CreateBrief_WithBadBody_ReturnsProblem(string body, string contentType, int expected)
    {
        var context = FunctionsHarness.Request("POST", "/api/briefs", body: body, contentType: contentType);

        var (status, headers, _) = await FunctionsHarness.ExecuteAsync(await _app.Create<BriefsApi>().Create(context.Request, CancellationToken.None), context);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", headers.ContentType.ToString());
    }

    [Fact]
    public async Task CreateBrief_WithOversizedBody_Returns413()
    {
        var context = FunctionsHarness.Request("POST", "/api/briefs", body: "{\"subject\":\"" + new string('a', 100_000) + "\"}");

        var (status, _, _) = await FunctionsHarness.ExecuteAsync(await _app.Create<BriefsApi>().Create(context.Request, CancellationToken.None), context);

        Assert.Equal(413, status);
    }

    [Fact]
    public async Task ListBriefs_FiltersByPartnershipAndPeriod()
    {
        await GetBrief("dalian-arkhangelsk", "?period=2026-10");
        await GetBrief("dalian-arkhangelsk", "?period=2026-11");
        await GetBrief("dalian-tomsk", "?period=2026-11");

        async Task<string[]> List(string query)
        {
            var context = FunctionsHarness.Request("GET", "/api/briefs", query);
            var (status, _, body) = await FunctionsHarness.ExecuteAsync(await _app.Create<BriefsApi>().List(context.Request, CancellationToken.None), context);
            Assert.Equal(200, status);
            return Json(body).GetProperty("briefs").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToArray();
        }

        Assert.Equal(["dalian-arkhangelsk/2026-10.pdf", "dalian-arkhangelsk/2026-11.pdf", "dalian-tomsk/2026-11.pdf"], await List(""));
        Assert.Equal(["dalian-arkhangelsk/2026-10.pdf", "dalian-arkhangelsk/2026-11.pdf"], await List("?partnership=dalian-arkhangelsk"));
        Assert.Equal(["dalian-arkhangelsk/2026-11.pdf", "dalian-tomsk/2026-11.pdf"], await List("?period=2026-11"));
    }

    [Fact]
    public async Task Health_Returns200WhileStorageAnswers()
    {
        var context = FunctionsHarness.Request("GET", "/api/health");

        var (status, _, body) = await FunctionsHarness.ExecuteAsync(await _app.Create<HealthApi>().Run(context.Request, CancellationToken.None), context);

        Assert.Equal(200, status);
        Assert.Equal("healthy", Json(body).GetProperty("status").GetString());
    }

    [Fact]
    public async Task StorageDown_Returns503WithRetryAfter_ThenRecoversByItself()
    {
        await using var own = await AzuriteProcess.StartAsync();
        await using var app = new FunctionsHarness(own.ConnectionString, Now);
        await app.SeedAsync();
        await own.StopAsync();

        var context = FunctionsHarness.Request("GET", "/api/briefs/dalian-arkhangelsk", "?period=2026-11");
        var (status, headers, body) = await FunctionsHarness.ExecuteAsync(await app.Create<BriefsApi>().Get(context.Request, "dalian-arkhangelsk", CancellationToken.None), context);
        var healthContext = FunctionsHarness.Request("GET", "/api/health");
        var health = await FunctionsHarness.ExecuteAsync(await app.Create<HealthApi>().Run(healthContext.Request, CancellationToken.None), healthContext);

        Assert.Equal(503, status);
        Assert.Equal("30", headers.RetryAfter.ToString());
        Assert.DoesNotContain("Exception", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(503, health.Status);

        await own.RestartAsync();
        await Seeder.SeedAsync(RepoPaths.Seeds, app.Store, CancellationToken.None);
        var again = FunctionsHarness.Request("GET", "/api/briefs/dalian-arkhangelsk", "?period=2026-11");
        var recovered = await FunctionsHarness.ExecuteAsync(await app.Create<BriefsApi>().Get(again.Request, "dalian-arkhangelsk", CancellationToken.None), again);
        Assert.Equal(200, recovered.Status);
    }

    [Fact]
    public async Task ErrorResponses_NeverCarryConnectionStringsOrStackTraces()
    {
        var responses = new List<byte[]>
        {
            (await GetBrief("..")).Body,
            (await GetBrief("dalian-paris")).Body,
            (await GetBrief("dalian-arkhangelsk", "?period=2026-13")).Body,
        };

        Assert.All(responses, r =>
        {
            var text = System.Text.Encoding.UTF8.GetString(r);
            Assert.DoesNotContain("AccountKey", text, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("AccountKey", _app.Logs.AllText, StringComparison.Ordinal);
    }
}
