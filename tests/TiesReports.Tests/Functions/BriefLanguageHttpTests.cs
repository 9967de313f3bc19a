using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Functions;

/// <summary>
/// The brief's language chosen per request through the real worker: <c>?lang=</c>, Accept-Language (English
/// when it names no brief language; an unknown <c>lang</c> is 406), POST "language"; each language stored under
/// its own name beside the English brief, which keeps its old name. Each test uses a month of its own.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class BriefLanguageHttpTests(FunctionsWorkerFixture worker) : IClassFixture<FunctionsWorkerFixture>
{
    [Fact]
    public async Task GetBrief_WithLangRu_ReturnsTheRussianBrief_StoredUnderItsOwnName()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-arkhangelsk?period=2026-05&lang=ru");

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Equal(["ru"], response.Content.Headers.ContentLanguage);
        Assert.Equal("dalian-arkhangelsk-2026-05.ru.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Коротко", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.NotNull(await worker.Store.GetInfoAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-05.ru.pdf", CancellationToken.None));
        Assert.NotNull(await worker.Store.GetInfoAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-05.ru.json", CancellationToken.None));
        Assert.Null(await worker.Store.GetInfoAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-05.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task GetBrief_NegotiatesAcceptLanguage_ByQuality()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/briefs/dalian-tomsk?period=2026-06");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR, zh-CN;q=0.8, en;q=0.5");

        using var response = await worker.Client.SendAsync(request);

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Equal(["zh-Hans"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("概览", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBrief_WithAcceptLanguageNamingNoBriefLanguage_IsEnglish_AtTheOldName()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/briefs/dalian-tomsk?period=2026-07");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR, de;q=0.9");

        using var response = await worker.Client.SendAsync(request);

        await WorkerAssert.StatusAsync(HttpStatusCode.OK, response, worker.Host);
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
        Assert.NotNull(await worker.Store.GetInfoAsync(StoreArea.Briefs, "dalian-tomsk/2026-07.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task GetBrief_WithALangBriefsAreNotWrittenIn_Is406_NamingTheLanguagesThereAre()
    {
        using var response = await worker.Client.GetAsync("api/briefs/dalian-tomsk?period=2026-07&lang=zh-TW");

        await WorkerAssert.StatusAsync(HttpStatusCode.NotAcceptable, response, worker.Host);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("en, ru, zh-Hans", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostBrief_WithLanguage_StoresThatLanguage_AndPointsAtIt()
    {
        using var response = await worker.Client.PostAsync("api/briefs", new StringContent("""{"subject": "dalian-vladivostok", "period": "2026-04", "language": "zh-Hans"}""", Encoding.UTF8, "application/json"));

        await WorkerAssert.StatusAsync(HttpStatusCode.Created, response, worker.Host);
        var info = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("dalian-vladivostok/2026-04.zh-Hans.pdf", info.GetProperty("id").GetString());
        Assert.Equal("zh-Hans", info.GetProperty("language").GetString());
        Assert.Equal("/api/briefs/dalian-vladivostok?period=2026-04&lang=zh-Hans", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PostBrief_WithAnUnknownLanguage_Is400()
    {
        using var response = await worker.Client.PostAsync("api/briefs", new StringContent("""{"subject": "dalian-vladivostok", "period": "2026-04", "language": "de"}""", Encoding.UTF8, "application/json"));

        await WorkerAssert.StatusAsync(HttpStatusCode.BadRequest, response, worker.Host);
        Assert.Contains("'de'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
