using TiesReports.Core.Storage;
using TiesReports.Functions.Data;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Functions;

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

    private async Task ChangeTradeValue(decimal value)
    {
        var tree = SeedData.Tree();
        tree["trade"]![0]!["value"] = value;
        tree["trade"]![0]!["conversions"]![0]!["value"] = decimal.Round(value * 0.1376m, 0);
        await _app.Store.WriteAsync(StoreArea.Data, SeedData.FileName, SeedData.ToBytes(tree), WriteRequest.Json, CancellationToken.None);
    }

    [Fact]
    public async Task ChangedDataFile_RegeneratesThisMonthsBriefsOfItsPartnerships()
    {
        await _app.Create<DataChangedFunctions>().OnBlob(Stream.Null, SeedData.FileName, CancellationToken.None);
        var before = await _app.Store.ReadAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-11.pdf", CancellationToken.None);

        await ChangeTradeValue(50_000_000_000m);
        await _app.Create<DataChangedFunctions>().OnBlob(Stream.Null, SeedData.FileName, CancellationToken.None);

        var after = await _app.Store.ReadAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-11.pdf", CancellationToken.None);
        Assert.NotEqual(before!.Info.ETag, after!.Info.ETag);
        using var pdf = PdfDocument.Open(after.Content.ToArray());
        Assert.Contains("CNY 50.0 billion", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        Assert.Equal(3, (await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList().Count);
    }

    [Fact]
    public async Task UnchangedInputs_LeaveTheStoredBriefAlone()
    {
        await _app.Create<DataChangedFunctions>().OnBlob(Stream.Null, SeedData.FileName, CancellationToken.None);
        var renders = _app.Briefs.RenderCount;

        await _app.Create<DataChangedFunctions>().OnBlob(Stream.Null, SeedData.FileName, CancellationToken.None);

        Assert.Equal(renders, _app.Briefs.RenderCount);
    }

    [Fact]
    public async Task EventGridMessage_OnTheQueue_RegeneratesTheSame()
    {
        var container = _app.Settings["DataContainer"];
        var subject = $"/blobServices/default/containers/{container}/blobs/{SeedData.FileName}";
        var gridEvent = "{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"subject\":\"" + subject + "\",\"data\":{}}";

        await _app.Create<DataChangedFunctions>().OnEvent(gridEvent, CancellationToken.None);

        Assert.Equal(3, _app.Briefs.RenderCount);
    }

    [Fact]
    public async Task InvalidChangedFile_IsLoggedWithItsErrors_AndWritesNothing()
    {
        await _app.Store.WriteAsync(StoreArea.Data, "bad.json", "{\"dataset\":{}}"u8.ToArray(), WriteRequest.Json, CancellationToken.None);

        var regenerator = (TiesReports.Briefs.Services.DataChangeRegenerator)_app.Services.GetService(typeof(TiesReports.Briefs.Services.DataChangeRegenerator))!;

        var outcomes = await regenerator.RegenerateAsync("bad.json", CancellationToken.None);

        Assert.Empty(outcomes);
        Assert.Contains(_app.Logs.Entries, e => e.Message.Contains("bad.json: $.dataset.id: is required but missing", StringComparison.Ordinal));
        Assert.Empty(await _app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
    }
}
