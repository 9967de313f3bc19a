using TiesReports.Core.Storage;
using TiesReports.Core.Synthetic;
using TiesReports.Functions.Http;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Reliability;

[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    private static async Task<(int Status, byte[] Body)> Get(BriefsApi api, string id)
    {
        var context = FunctionsHarness.Request("GET", $"/api/briefs/{id}", "?period=2026-11");
        var (status, _, body) = await FunctionsHarness.ExecuteAsync(await api.Get(context.Request, id, CancellationToken.None), context);
        return (status, body);
    }

    [Fact]
    public async Task TwoHundredConcurrentRequestsForOneBrief_RenderItOnce_AndAllGetTheSameBytes()
    {
        await using var app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        await app.SeedAsync();
        var api = app.Create<BriefsApi>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => Get(api, "dalian-arkhangelsk"))));

        Assert.All(responses, r => Assert.Equal(200, r.Status));
        Assert.Single(responses.Select(r => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(r.Body))).Distinct());
        Assert.Equal(1, app.Briefs.RenderCount);
        Assert.Single(await app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None), i => i.Name.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiftyDifferentBriefsAtOnce_AreAllCorrect()
    {
        await using var app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        await app.Store.WriteAsync(StoreArea.Data, "synthetic.json", SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 50 }), WriteRequest.Json, CancellationToken.None);
        var api = app.Create<BriefsApi>();
        var ids = Enumerable.Range(0, 50).Select(SyntheticDatasetGenerator.PartnershipId).ToList();

        var responses = await Task.WhenAll(ids.Select(id => Task.Run(async () => (Id: id, Response: await Get(api, id)))));

        foreach (var (id, (status, body)) in responses)
        {
            Assert.Equal(200, status);
            using var pdf = PdfDocument.Open(body);
            var partner = $"Synthia {int.Parse(id[^4..], System.Globalization.CultureInfo.InvariantCulture):D4}";
            Assert.Equal($"Synthia Hub – {partner} — briefing, November 2026", pdf.Information.Title);
        }

        Assert.Equal(50, app.Briefs.RenderCount);
        Assert.Equal(50, (await app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None)).Where(i => i.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList().Count);
    }
}
