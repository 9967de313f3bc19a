using System.Text.Json;
using TiesReports.Briefs.Services;
using TiesReports.Core.Storage;
using TiesReports.Functions.Data;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Functions;

/// <summary>The plain classes behind the data-change triggers; the triggers themselves run in DataChangeWorkerTests.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DataChangeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionsHarness _app = null!;

    public async Task InitializeAsync()
    {
        _app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        await _app.SeedAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ChangedFile_EnqueuesOneRefreshJobPerPartnership_AndRendersNothingItself()
    {
        await _app.Create<DataChangedFunctions>().OnBlob(Stream.Null, SeedData.FileName, CancellationToken.None);

        var jobs = (await _app.DrainAsync(_app.JobsQueue)).Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement).ToList();
        Assert.Equal(["dalian-arkhangelsk", "dalian-tomsk", "dalian-vladivostok"], jobs.Select(j => j.GetProperty("subjectId").GetString()).Order());
        Assert.All(jobs, j => Assert.True(j.GetProperty("refresh").GetBoolean()));
        Assert.All(jobs, j => Assert.Equal("2026-11", j.GetProperty("period").GetString()));
        Assert.Equal(0, _app.Briefs.RenderCount);
        Assert.Empty(await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"subject\":\"/blobServices/default/containers/data/blobs/dalian-russia.json\"}", "dalian-russia.json")]
    [InlineData("[{\"subject\":\"/blobServices/default/containers/data/blobs/sub/x.json\"}]", "sub/x.json")]
    [InlineData("{\"subject\":\"/something/else\"}", null)]
    [InlineData("not json", null)]
    public void EventGridSubject_GivesTheBlobName(string eventJson, string? expected) =>
        Assert.Equal(expected, DataChangedFunctions.BlobNameOf(eventJson));

    [Fact]
    public async Task InvalidChangedFile_IsLoggedWithItsErrors_AndNamesNoPartnership()
    {
        await _app.Store.WriteAsync(StoreArea.Data, "bad.json", "{\"dataset\":{}}"u8.ToArray(), WriteRequest.Json, CancellationToken.None);
        var scope = (DataChangeScope)_app.Services.GetService(typeof(DataChangeScope))!;

        var partnerships = await scope.PartnershipsInAsync("bad.json", CancellationToken.None);

        Assert.Empty(partnerships);
        Assert.Contains(_app.Logs.Entries, e => e.Message.Contains("bad.json: $.dataset.id: is required but missing", StringComparison.Ordinal));
    }
}
