using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Functions;

/// <summary>
/// The HTTP API through the real worker process under the test host: routing, binding, function keys and the
/// worker's own web server all run. One worker for the class; tests use briefs of their own so order does not matter.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class HttpFunctionsTests(FunctionsWorkerFixture worker) : IClassFixture<FunctionsWorkerFixture>
{
    private static string CurrentPeriod => DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private Task<HttpResponseMessage> Post(string body, string contentType = "application/json") =>
        worker.Client.PostAsync("api/briefs", new StringContent(body, Encoding.UTF8, contentType));

    [Fact]
    public void Host_LoadsEveryFunctionOfTheBuiltApp_InTheRealWorkerProcess()
    {
        Assert.NotEqual(0, worker.Host.WorkerProcessId);
        var metadata = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(FunctionsWorkerFixture.AppDirectory, "functions.metadata")))!.AsArray();
        var built = metadata.Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("GetBrief", built);
        Assert.Contains("Deliver", built);
        Assert.Equal(built, worker.Host.Functions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetBrief_ReturnsThePdf_WithETagAndFileName_AndStoresIt()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-arkhangelsk?period=2026-11");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dalian-arkhangelsk-2026-11.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(body);
        Assert.Contains("Архангельск", pdf.GetPage(1).Text, StringComparison.Ordinal);
        var stored = await worker.Store.GetInfoAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-11.pdf", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(stored.ETag, response.Headers.ETag?.ToString());
        Assert.Equal(body.Length, stored.Size);
    }

    [Fact]
    public async Task GetBrief_WithMatchingIfNoneMatch_Returns304WithoutBody()
    {
        using var first = await worker.Client.GetAsync("api/briefs/dalian-tomsk?period=2026-10");
        await WorkerAssert.StatusAsync(HttpStatusCode.OK, first, worker.Host);
        using var again = new HttpRequestMessage(HttpMethod.Get, "api/briefs/dalian-tomsk?period=2026-10");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await worker.Client.SendAsync(again);

        await WorkerAssert.StatusAsync(HttpStatusCode.NotModified, response, worker.Host);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task GetBrief_WithRange_ReturnsThatPartOfTheStoredPdf()
    {
        using var whole = await worker.Client.GetAsync("api/briefs/dalian-vladivostok?period=2026-09");
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        using var ranged = new HttpRequestMessage(HttpMethod.Get, "api/briefs/dalian-vladivostok?period=2026-09");
        ranged.Headers.Range = new RangeHeaderValue(0, 99);

        using var response = await worker.Client.SendAsync(ranged);

        await WorkerAssert.StatusAsync(HttpStatusCode.PartialContent, response, worker.Host);
        Assert.Equal(bytes[..100], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetBrief_WithoutPeriod_UsesTheCurrentMonth()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-tomsk");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Contains($"dalian-tomsk-{CurrentPeriod}.pdf", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dalian-Arkhangelsk", "lower-case")]
    [InlineData("con", "reserved device name")]
    [InlineData("a%20b", "lower-case")]
    public async Task GetBrief_WithBadId_Returns400WithTheReason(string id, string reason)
    {
        using var response = await worker.Client.GetAsync($"api/briefs/{id}?period=2026-11");

        await WorkerAssert.StatusAsync(HttpStatusCode.BadRequest, response, worker.Host);
        Assert.Contains(reason, (await Problem(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?period=2026-13", "does not exist")]
    [InlineData("?period=0000-01", "outside the years")]
    [InlineData("?period=2031-01", "more than 12 months ahead")]
    [InlineData("?period=november", "not of the form yyyy-MM")]
    public async Task GetBrief_WithBadPeriod_Returns400WithTheReason(string query, string reason)
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-arkhangelsk" + query);

        await WorkerAssert.StatusAsync(HttpStatusCode.BadRequest, response, worker.Host);
        var problem = await Problem(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBrief_ForUnknownPartnership_Returns404Problem()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-paris?period=2026-11");

        await WorkerAssert.StatusAsync(HttpStatusCode.NotFound, response, worker.Host);
        var problem = await Problem(response);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-key")]
    public async Task KeyedFunctions_WithoutAValidKey_Are401(string? key)
    {
        var query = key is null ? string.Empty : "&code=" + key;

        using var get = await worker.Anonymous.GetAsync("api/briefs/dalian-arkhangelsk?period=2026-11" + query);
        using var list = await worker.Anonymous.GetAsync("api/briefs?period=2026-11" + query);
        using var post = await worker.Anonymous.PostAsync("api/briefs?" + query, new StringContent("""{"subject":"dalian"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task KeyInTheCodeQueryParameter_IsAccepted()
    {
        using var response = await worker.Anonymous.GetAsync($"api/briefs?period=2026-11&code={worker.Host.FunctionKey}");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
    }

    [Fact]
    public async Task CreateBrief_Returns201WithLocation_AndTheBriefIsListed()
    {
        using var response = await Post("""{"subject":"dalian-vladivostok","period":"2026-10"}""");

        await WorkerAssert.StatusAsync(HttpStatusCode.Created, response, worker.Host);
        Assert.Equal("/api/briefs/dalian-vladivostok?period=2026-10", response.Headers.Location?.ToString());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("dalian-vladivostok/2026-10.pdf", body.GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("status").GetString(), new[] { "rendered", "cached" });
        using var list = await worker.Client.GetAsync("api/briefs?partnership=dalian-vladivostok&period=2026-10");
        Assert.Contains("dalian-vladivostok/2026-10.pdf", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"period\":\"2026-10\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("subject=dalian-tomsk", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("subject: dalian-tomsk", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task CreateBrief_WithBadBody_ReturnsProblem(string body, string contentType, HttpStatusCode expected)
    {
        using var response = await Post(body, contentType);

        await WorkerAssert.StatusAsync(expected, response, worker.Host);
        Assert.Equal((int)expected, (await Problem(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task CreateBrief_WithOversizedBody_Returns413Problem()
    {
        using var response = await Post("{\"subject\":\"" + new string('a', 100_000) + "\"}");

        await WorkerAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response, worker.Host);
        Assert.Equal(413, (await Problem(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ListBriefs_FiltersByPartnershipAndPeriod()
    {
        foreach (var path in new[] { "dalian-arkhangelsk?period=2026-06", "dalian-arkhangelsk?period=2026-07", "dalian-tomsk?period=2026-07" })
        {
            using var created = await worker.Client.GetAsync("api/briefs/" + path);
            await WorkerAssert.StatusAsync(HttpStatusCode.OK, created, worker.Host);
        }

        async Task<string[]> List(string query)
        {
            using var response = await worker.Client.GetAsync("api/briefs" + query);
            await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return [.. body.GetProperty("briefs").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).Where(id => id.Contains("2026-06", StringComparison.Ordinal) || id.Contains("2026-07", StringComparison.Ordinal))];
        }

        Assert.Equal(["dalian-arkhangelsk/2026-06.pdf", "dalian-arkhangelsk/2026-07.pdf"], await List("?partnership=dalian-arkhangelsk"));
        Assert.Equal(["dalian-arkhangelsk/2026-07.pdf", "dalian-tomsk/2026-07.pdf"], await List("?period=2026-07"));
    }

    [Fact]
    public async Task ListBriefs_PagesThroughASubjectsBriefs_FollowingTheContinuation()
    {
        foreach (var period in new[] { "2026-03", "2026-04", "2026-05" })
        {
            using var created = await worker.Client.GetAsync($"api/briefs/tomsk?period={period}");
            await WorkerAssert.StatusAsync(HttpStatusCode.OK, created, worker.Host);
        }

        var listed = new List<string>();
        var pages = 0;
        string? continuation = null;
        do
        {
            var body = await ListAsync("?partnership=tomsk&pageSize=2" + (continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation)));
            var briefs = body.GetProperty("briefs").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).ToList();
            Assert.InRange(briefs.Count, 0, 2);
            listed.AddRange(briefs);
            continuation = body.TryGetProperty("continuation", out var next) ? next.GetString() : null;
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Null(continuation);
        Assert.True(pages >= 2, $"three briefs (and their models) in pages of two should take several pages, took {pages}");
        Assert.Equal(["tomsk/2026-03.pdf", "tomsk/2026-04.pdf", "tomsk/2026-05.pdf"], listed);
    }

    [Theory]
    [InlineData("continuation=not-a-token")]
    [InlineData("continuation=%25%25%25")]
    public async Task ListBriefs_WithAContinuationItDidNotHandOut_Answers400WithAProblem(string query)
    {
        using var response = await worker.Client.GetAsync("api/briefs?" + query);

        await WorkerAssert.StatusAsync(HttpStatusCode.BadRequest, response, worker.Host);
        var problem = await Problem(response);
        Assert.Equal("Invalid continuation", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ListBriefs_WithTheContinuationOfAnotherFilter_Answers400()
    {
        foreach (var period in new[] { "2026-03", "2026-04" })
        {
            using var created = await worker.Client.GetAsync($"api/briefs/arkhangelsk?period={period}");
            await WorkerAssert.StatusAsync(HttpStatusCode.OK, created, worker.Host);
        }

        var first = await ListAsync("?partnership=arkhangelsk&pageSize=1");
        var continuation = first.GetProperty("continuation").GetString()!;

        using var response = await worker.Client.GetAsync("api/briefs?partnership=dalian&pageSize=1&continuation=" + Uri.EscapeDataString(continuation));

        await WorkerAssert.StatusAsync(HttpStatusCode.BadRequest, response, worker.Host);
        Assert.Equal("Invalid continuation", (await Problem(response)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("101")]
    [InlineData("0")]
    [InlineData("ten")]
    public async Task ListBriefs_WithAPageSizeOutsideTheCap_Answers400NamingTheCap(string pageSize)
    {
        using var response = await worker.Client.GetAsync("api/briefs?pageSize=" + pageSize);

        await WorkerAssert.StatusAsync(HttpStatusCode.BadRequest, response, worker.Host);
        var problem = await Problem(response);
        Assert.Equal("Invalid page size", problem.GetProperty("title").GetString());
        Assert.Contains("from 1 to 100", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListBriefs_AtTheCap_Answers200()
    {
        var body = await ListAsync("?pageSize=100");

        Assert.InRange(body.GetProperty("briefs").GetArrayLength(), 0, 100);
    }

    private async Task<JsonElement> ListAsync(string query)
    {
        using var response = await worker.Client.GetAsync("api/briefs" + query);
        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Health_WithoutKey_Answers200_ForBlobAndQueue()
    {
        using var response = await worker.Anonymous.GetAsync("api/health");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("blob").GetString());
        Assert.Equal("reachable", body.GetProperty("queue").GetString());
        Assert.DoesNotContain("AccountKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain(worker.Azurite.Key, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorResponses_NeverCarryKeysOrStackTraces()
    {
        var texts = new List<string>();
        foreach (var path in new[] { "api/briefs/con?period=2026-11", "api/briefs/dalian-paris?period=2026-11", "api/briefs/dalian-tomsk?period=2026-13" })
        {
            using var response = await worker.Client.GetAsync(path);
            texts.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(texts, text =>
        {
            Assert.NotEmpty(text);
            Assert.DoesNotContain("AccountKey", text, StringComparison.Ordinal);
            Assert.DoesNotContain(worker.Azurite.Key, text, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        });
    }
}
