using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using CloudNative.CloudEvents.SystemTextJson;
using MimeKit;
using TiesReports.Functions.Delivery;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Delivery;

/// <summary>
/// What a subscriber reads around the brief is in the subscriber's language too: the e-mail's subject and bodies
/// (read back from a real smtp4dev), the webhook CloudEvent's title and summary, and the Atom feed's entries.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class DeliveryLanguageTests(AzuriteFixture azurite, Smtp4devFixture smtp) : IClassFixture<Smtp4devFixture>
{
    private const string Subject = "dalian-arkhangelsk";

    /// <summary>English words the composer writes; none may be left in a Russian or Chinese e-mail.</summary>
    private static readonly string[] EnglishWords = ["brief for", "Brief for", "Key figures", "attached", "Online", "You receive", "Unsubscribe", "download"];

    [Fact]
    public async Task Email_ToARussianSubscriber_IsWrittenInRussian()
    {
        var message = await DeliverEmailAsync("ru");

        Assert.Equal("Далянь – Архангельск — справка за декабрь 2026 г.", Plain(message.Subject!));
        Assert.Equal("ru", message.Body!.Headers[HeaderId.ContentLanguage]);
        var text = Plain(message.TextBody!);
        Assert.Contains("Справка за декабрь 2026 г. (dalian-arkhangelsk)", text, StringComparison.Ordinal);
        Assert.Contains("Ключевые показатели:", text, StringComparison.Ordinal);
        Assert.Contains("Справка приложена к письму: dalian-arkhangelsk-2026-12.ru.pdf.", text, StringComparison.Ordinal);
        Assert.Contains("Онлайн: https://briefs.tiesreports.test/api/briefs/dalian-arkhangelsk?period=2026-12&lang=ru", text, StringComparison.Ordinal);
        Assert.Matches(@"Отписаться: https://briefs\.tiesreports\.test/api/subscriptions/sub_\S+/unsubscribe\?token=", text);
        Assert.Contains("<html lang=\"ru\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<h2>Ключевые показатели</h2>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">Открыть онлайн</a>", message.HtmlBody, StringComparison.Ordinal);
        AssertNoEnglishWords(message);
    }

    [Fact]
    public async Task Email_ToAChineseSubscriber_IsWrittenInChinese()
    {
        var message = await DeliverEmailAsync("zh-Hans");

        Assert.Equal("大连市 – 阿尔汉格尔斯克——2026年12月简报", message.Subject);
        Assert.Equal("zh-Hans", message.Body!.Headers[HeaderId.ContentLanguage]);
        var text = Plain(message.TextBody!);
        Assert.Contains("2026年12月简报（dalian-arkhangelsk）", text, StringComparison.Ordinal);
        Assert.Contains("关键数据：", text, StringComparison.Ordinal);
        Assert.Contains("简报已作为附件随信发送：dalian-arkhangelsk-2026-12.zh-Hans.pdf。", text, StringComparison.Ordinal);
        Assert.Contains("您收到此邮件，是因为您订阅了关于dalian-arkhangelsk的月度简报。 退订：https://", text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-Hans\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<h2>关键数据</h2>", message.HtmlBody, StringComparison.Ordinal);
        AssertNoEnglishWords(message);
    }

    [Fact]
    public async Task Webhook_ToARussianSubscriber_CarriesRussianTitleAndSummary_AndRussianLinks()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri, language: "ru");

        await app.RunMonthAsync();
        var hook = await receiver.NextAsync();

        var cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(Encoding.UTF8.GetBytes(hook.Body), new System.Net.Mime.ContentType(hook.Headers["Content-Type"]), null);
        var data = (JsonElement)cloudEvent.Data!;
        Assert.Equal("ru", data.GetProperty("language").GetString());
        Assert.Equal("Далянь – Архангельск", data.GetProperty("title").GetString());
        Assert.Equal("Опубликована справка за декабрь 2026 г.: Далянь – Архангельск.", Plain(data.GetProperty("summary").GetString()!));
        Assert.Equal($"https://briefs.tiesreports.test/api/briefs/{Subject}?period=2026-12&lang=ru", data.GetProperty("url").GetString());
        Assert.Equal($"https://briefs.tiesreports.test/api/feeds/{Subject}?lang=ru", data.GetProperty("feed").GetString());
        Assert.Equal((await app.StoredBriefAsync(Subject, language: "ru")).Length, data.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Feed_InRussian_ListsTheRussianBrief_WithRussianTextAndItsOwnIds()
    {
        await using var app = await StartAsync();
        await app.SubscribeAsync(Subject, "email", Mailbox(), language: "ru");
        await app.RunMonthAsync();

        var feed = await FeedAsync(app, "?lang=ru&code=reader-key");

        Assert.Equal("Справки TiesReports: Меморандум о дружественных обменах", feed.Title.Text);
        Assert.Equal("ru", feed.Language);
        Assert.Equal($"tag:tiesreports,2026:feed:{Subject}:ru", feed.Id);
        var entry = Assert.Single(feed.Items);
        Assert.Equal($"tag:tiesreports,2026:brief:{Subject}:2026-12:ru", entry.Id);
        Assert.Equal("Меморандум о дружественных обменах — декабрь 2026 г.", Plain(entry.Title.Text));
        Assert.Matches(@"^Справка за декабрь 2026 г\.: Меморандум о дружественных обменах \(PDF, \d+ КиБ\)\.$", Plain(entry.Summary.Text));
        var link = Assert.Single(entry.Links);
        Assert.Equal($"https://briefs.tiesreports.test/api/briefs/{Subject}?period=2026-12&lang=ru&code=reader-key", link.Uri.AbsoluteUri);
        Assert.Equal((await app.StoredBriefAsync(Subject, language: "ru")).Length, link.Length);
    }

    [Fact]
    public async Task Feed_InALanguageBriefsAreNotWrittenIn_Is406()
    {
        await using var app = await StartAsync();

        var (status, body) = await DeliveryApp.CallAsync(c => app.Harness.Create<FeedsApi>().Get(c.Request, Subject, CancellationToken.None), "GET", $"/api/feeds/{Subject}", "?lang=fr");

        Assert.Equal(406, status);
        Assert.Contains("'fr'", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>CLDR puts a no-break space before "г."; the expected texts here are typed with plain spaces.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static string Mailbox() => $"reader-{Guid.NewGuid():N}@example.org";

    private static void AssertNoEnglishWords(MimeMessage message)
    {
        var all = message.Subject + "\n" + message.TextBody + "\n" + HtmlTag().Replace(message.HtmlBody ?? "", " ");
        var left = EnglishWords.Where(w => all.Contains(w, StringComparison.Ordinal)).ToList();
        Assert.True(left.Count == 0, "English left in the e-mail: " + string.Join(", ", left));
    }

    private static async Task<SyndicationFeed> FeedAsync(DeliveryApp app, string query)
    {
        var context = FunctionsHarness.Request("GET", $"/api/feeds/{Subject}", query);
        var (status, _, body) = await FunctionsHarness.ExecuteAsync(await app.Harness.Create<FeedsApi>().Get(context.Request, Subject, CancellationToken.None), context);
        Assert.Equal(200, status);
        using var xml = XmlReader.Create(new MemoryStream(body));
        return SyndicationFeed.Load(xml);
    }

    private async Task<DeliveryApp> StartAsync()
    {
        var app = new DeliveryApp(azurite.ConnectionString, smtp.Server);
        await app.SeedAsync();
        return app;
    }

    private async Task<MimeMessage> DeliverEmailAsync(string language)
    {
        await using var app = await StartAsync();
        var reader = Mailbox();
        await app.SubscribeAsync(Subject, "email", reader, language: language);

        await app.RunMonthAsync();
        await smtp.Server.FlushAsync();

        var summary = Assert.Single(await smtp.Server.MessagesToAsync(reader));
        return await smtp.Server.ReadAsync(summary["id"]!.GetValue<string>());
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex HtmlTag();
}
