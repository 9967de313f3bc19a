using System.Net;
using System.Text;
using System.Text.Json;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Functions;

/// <summary>422 through the real worker: the loader's errors arrive in the problem body, however many there are.</summary>
[Collection(WorkerCollection.Name)]
public sealed class InvalidDataHttpTests(InvalidDataWorkerFixture worker) : IClassFixture<InvalidDataWorkerFixture>
{
    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.NotEmpty(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task CreateBrief_ForUnknownSubject_WhileAFileIsInvalid_Returns422WithTheLoadersErrors()
    {
        using var response = await worker.Client.PostAsync("api/briefs", new StringContent("""{"subject":"nowhere","period":"2026-11"}""", Encoding.UTF8, "application/json"));

        await WorkerAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, worker.Host);
        var problem = await Problem(response);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.Equal(100, errors.GetArrayLength());
        Assert.All(errors.EnumerateArray(), e => Assert.EndsWith("/harbin.json", e.GetProperty("file").GetString(), StringComparison.Ordinal));
        Assert.True(problem.GetProperty("errorCount").GetInt32() >= InvalidDataWorkerFixture.PlaceErrors);
    }

    [Fact]
    public async Task GetBrief_WhoseDataIsInvalid_Returns422NamingFilePathAndReason()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-harbin?period=2026-11");

        await WorkerAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, worker.Host);
        var first = (await Problem(response)).GetProperty("errors")[0];
        Assert.EndsWith("/harbin.json", first.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.places[0].country", first.GetProperty("path").GetString());
        Assert.Contains("'ZZ'", first.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidPartnerships_BesideTheInvalidFile_StillServe200()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-tomsk?period=2026-11");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
    }
}
