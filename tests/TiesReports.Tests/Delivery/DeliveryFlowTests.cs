using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using CloudNative.CloudEvents.SystemTextJson;
using Microsoft.AspNetCore.Http;
using MimeKit;
using StandardWebhooks;
using TiesReports.Functions.Delivery;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Delivery;

/// <summary>Subscribe, run the month, and see each channel deliver — once — on real Azurite, smtp4dev and an HTTP receiver.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryFlowTests(AzuriteFixture azurite, Smtp4devFixture smtp) : IClassFixture<Smtp4devFixture>
{
    private const string Subject = "dalian-arkhangelsk";

    private static string Mailbox() => $"reader-{Guid.NewGuid():N}@example.org";

    private async Task<DeliveryApp> StartAsync(double retryBaseSeconds = 0, int pauseAfterFailedMonths = 3)
    {
        var app = new DeliveryApp(azurite.ConnectionString, smtp.Server, retryBaseSeconds: retryBaseSeconds, pauseAfterFailedMonths: pauseAfterFailedMonths);
        await app.SeedAsync();
        return app;
    }

    [Fact]
    public async Task Subscribe_ThenMonthlyRun_SignedCloudEventArrives_AndVerifiesWithTheSecret()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var (status, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        var secret = created["signingSecret"]!.GetValue<string>();

        await app.RunMonthAsync();
        var hook = await receiver.NextAsync();

        Assert.Equal(201, status);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var headers = new HeaderDictionary(hook.Headers.ToDictionary(h => h.Key, h => new Microsoft.Extensions.Primitives.StringValues(h.Value)));
        new StandardWebhook(secret).Verify(hook.Body, headers);
        Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(() => new StandardWebhook("whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Verify(hook.Body, headers));

        // The signature is the spec's HMAC-SHA256 over "id.timestamp.body", computed here independently.
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{hook.Headers["webhook-id"]}.{hook.Headers["webhook-timestamp"]}.{hook.Body}")));
        Assert.Equal(expected, hook.Headers["webhook-signature"]);

        var cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(Encoding.UTF8.GetBytes(hook.Body), new System.Net.Mime.ContentType(hook.Headers["Content-Type"]), null);
        Assert.Equal("org.tiesreports.brief.published", cloudEvent.Type);
        Assert.Equal(Subject, cloudEvent.Subject);
        Assert.Equal(hook.Headers["webhook-id"], cloudEvent.Id);
        var data = (JsonElement)cloudEvent.Data!;
        var pdf = await app.StoredBriefAsync(Subject);
        Assert.Equal("2026-12", data.GetProperty("period").GetString());
        Assert.Equal(pdf.Length, data.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), data.GetProperty("sha256").GetString());
        Assert.Equal($"https://briefs.tiesreports.test/api/briefs/{Subject}?period=2026-12", data.GetProperty("url").GetString());
        Assert.Equal("Dalian – Arkhangelsk", data.GetProperty("title").GetString()!.Replace('—', '–'));
    }

    [Fact]
    public async Task Subscribe_ThenMonthlyRun_EmailArrives_WithThePdfByteIdenticalToTheStoredBrief()
    {
        await using var app = await StartAsync();
        var reader = Mailbox();
        var (_, created) = await app.SubscribeAsync(Subject, "email", reader, "Brief Reader");

        await app.RunMonthAsync();
        await smtp.Server.FlushAsync();

        var summary = Assert.Single(await smtp.Server.MessagesToAsync(reader));
        var message = await smtp.Server.ReadAsync(summary["id"]!.GetValue<string>());
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        Assert.Equal(await app.StoredBriefAsync(Subject), bytes.ToArray());
        Assert.Equal($"{Subject}-2026-12.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);

        Assert.Matches("^dlv_[0-9a-f]{32}@briefs.tiesreports.test$", message.MessageId);
        Assert.Contains("December 2026", message.Subject, StringComparison.Ordinal);
        var id = created["subscription"]!["id"]!.GetValue<string>();
        Assert.StartsWith($"<https://briefs.tiesreports.test/api/subscriptions/{id}/unsubscribe?token=", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Key figures:", message.TextBody!, StringComparison.Ordinal);
        Assert.Contains("<h2>Key figures</h2>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("December 2026", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriberReadingRussian_GetsTheRussianBrief_RenderedByTheMonthlyRun_BesideTheEnglishOne()
    {
        await using var app = await StartAsync();
        var reader = Mailbox();
        var (status, created) = await app.SubscribeAsync(Subject, "email", reader, "Читатель", language: "ru");

        await app.RunMonthAsync();
        await smtp.Server.FlushAsync();

        Assert.Equal(201, status);
        Assert.Equal("ru", created["subscription"]?["language"]?.GetValue<string>() ?? created["language"]?.GetValue<string>());
        var summary = Assert.Single(await smtp.Server.MessagesToAsync(reader));
        var message = await smtp.Server.ReadAsync(summary["id"]!.GetValue<string>());
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        Assert.Equal(await app.StoredBriefAsync(Subject, language: "ru"), bytes.ToArray());
        Assert.Equal($"{Subject}-2026-12.ru.pdf", attachment.FileName);
        Assert.Contains("Коротко", Infrastructure.Briefs.PageTexts(bytes.ToArray())[0], StringComparison.Ordinal);
        Assert.NotEmpty(await app.StoredBriefAsync(Subject));
    }

    [Fact]
    public async Task Subscribe_WithALanguageBriefsAreNotWrittenIn_IsRejected()
    {
        await using var app = await StartAsync();

        var (status, body) = await app.SubscribeAsync(Subject, "email", Mailbox(), language: "fr");

        Assert.Equal(422, status);
        Assert.Contains("'fr'", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_ListsTheStoredBrief_WithAStableIdAndALinkToItsPdf_AndParsesBack()
    {
        await using var app = await StartAsync();
        await app.SubscribeAsync(Subject, "email", Mailbox());
        await app.RunMonthAsync();

        var context = FunctionsHarness.Request("GET", $"/api/feeds/{Subject}", "?code=reader-key");
        var (status, headers, body) = await FunctionsHarness.ExecuteAsync(await app.Harness.Create<FeedsApi>().Get(context.Request, Subject, CancellationToken.None), context);

        Assert.Equal(200, status);
        Assert.StartsWith("application/atom+xml", headers.ContentType.ToString(), StringComparison.Ordinal);
        using var xml = XmlReader.Create(new MemoryStream(body));
        var feed = SyndicationFeed.Load(xml);
        var entry = Assert.Single(feed.Items);
        Assert.Equal($"tag:tiesreports,2026:brief:{Subject}:2026-12", entry.Id);
        var link = Assert.Single(entry.Links);
        Assert.Equal("application/pdf", link.MediaType);
        Assert.Equal($"https://briefs.tiesreports.test/api/briefs/{Subject}?period=2026-12&code=reader-key", link.Uri.AbsoluteUri);
        Assert.Equal((await app.StoredBriefAsync(Subject)).Length, link.Length);

        // RFC 4287: a feed has id, title, updated and an author; each entry id, title and updated.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var document = XDocument.Load(new MemoryStream(body));
        Assert.Equal(atom + "feed", document.Root!.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(document.Root.Element(atom + required));
        }

        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.NotNull(document.Root.Element(atom + "entry")!.Element(atom + required));
        }
    }

    [Fact]
    public async Task TimerFiringTwice_SendsOneWebhookAndOneEmail()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = Mailbox();
        await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        await app.SubscribeAsync(Subject, "email", reader);

        await app.RunMonthAsync(timerFirings: 2);
        await app.RunMonthAsync();
        await smtp.Server.FlushAsync();

        Assert.Equal(1, receiver.Count);
        Assert.Single(await smtp.Server.MessagesToAsync(reader));
    }

    [Fact]
    public async Task Receiver503Twice_Then200_IsOneSuccessAfterRetries_WithTheSameWebhookId()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(503, 503, 200);
        var (_, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        var id = created["subscription"]!["id"]!.GetValue<string>();

        await app.RunMonthAsync();
        var attempts = new[] { await receiver.NextAsync(), await receiver.NextAsync(), await receiver.NextAsync() };

        Assert.Equal([503, 503, 200], attempts.Select(a => a.AnsweredStatus));
        Assert.Single(attempts.Select(a => a.Headers["webhook-id"]).Distinct());
        Assert.Equal(3, receiver.Count);
        var (_, subscription) = await app.GetSubscriptionAsync(id);
        Assert.Equal(attempts[0].Headers["webhook-id"], subscription["status"]!["lastDeliveryId"]!.GetValue<string>());
        Assert.Equal(0, subscription["status"]!["consecutiveFailures"]!.GetValue<int>());
        Assert.Empty(await app.Harness.DrainAsync(app.Harness.DeliveriesPoisonQueue));
    }

    [Fact]
    public async Task TransientFailure_ComesBackOnTheQueue_AfterAGrowingDelay()
    {
        await using var app = await StartAsync(retryBaseSeconds: 30);
        await using var receiver = await WebhookReceiver.StartAsync(503);
        await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);

        await app.RunMonthAsync();
        await receiver.NextAsync();

        // The retry is on the queue but invisible for its back-off: nothing to receive yet.
        var properties = await app.Harness.DeliveriesQueue.GetPropertiesAsync();
        Assert.True(properties.Value.ApproximateMessagesCount >= 1);
        Assert.Empty((await app.Harness.DeliveriesQueue.ReceiveMessagesAsync(32)).Value);
        Assert.Equal(TimeSpan.FromSeconds(30), TiesReports.Delivery.RetryPolicy.DelayAfter(1, 30, TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromMinutes(2), TiesReports.Delivery.RetryPolicy.DelayAfter(2, 30, null));
        Assert.Equal(TimeSpan.FromMinutes(10), TiesReports.Delivery.RetryPolicy.DelayAfter(1, 30, TimeSpan.FromMinutes(10)));
        Assert.Equal(TimeSpan.FromHours(1), TiesReports.Delivery.RetryPolicy.DelayAfter(9, 30, TimeSpan.FromDays(2)));
    }

    [Fact]
    public async Task Receiver410_IsNotRetried_GoesToThePoisonQueue_AndTheStatusShowsIt()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(410);
        var (_, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        var id = created["subscription"]!["id"]!.GetValue<string>();

        await app.RunMonthAsync();

        Assert.Equal(1, receiver.Count);
        var poisoned = Assert.Single(await app.Harness.DrainAsync(app.Harness.DeliveriesPoisonQueue));
        Assert.Contains("410", poisoned.Body.ToString(), StringComparison.Ordinal);
        var (_, subscription) = await app.GetSubscriptionAsync(id);
        Assert.Contains("410", subscription["status"]!["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, subscription["status"]!["consecutiveFailures"]!.GetValue<int>());
        Assert.False(subscription["status"]!["paused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task FailedMonthsInARow_PauseTheSubscription_UntilItIsResumed()
    {
        await using var app = await StartAsync(pauseAfterFailedMonths: 2);
        await using var receiver = await WebhookReceiver.StartAsync(410, 410);
        var (_, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        var id = created["subscription"]!["id"]!.GetValue<string>();

        await app.RunMonthAsync();
        app.Harness.Clock.Now = DeliveryApp.FirstOfDecember.AddMonths(1);
        await app.RunMonthAsync();
        app.Harness.Clock.Now = DeliveryApp.FirstOfDecember.AddMonths(2);
        await app.RunMonthAsync();
        var paused = (await app.GetSubscriptionAsync(id)).Body;
        var (resumedStatus, resumed) = await DeliveryApp.CallAsync(c => app.Harness.Create<SubscriptionsApi>().Resume(c.Request, id, CancellationToken.None), "POST", $"/api/subscriptions/{id}/resume");

        Assert.Equal(2, receiver.Count);
        Assert.True(paused["status"]!["paused"]!.GetValue<bool>());
        Assert.Equal(2, paused["status"]!["failedMonths"]!.GetValue<int>());
        Assert.Equal(200, resumedStatus);
        Assert.False(resumed["status"]!["paused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PlainHttpTarget_IsRefusedAtSendTime_AndNothingReachesIt()
    {
        // Subscribed while private targets were allowed (as in a local run); the app in Azure does not allow them.
        await using var local = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await local.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        await using var strict = new DeliveryApp(azurite.ConnectionString, smtp.Server, allowPrivateTargets: false, shareTablesWith: local.Harness.Settings);

        await strict.RunMonthAsync();

        Assert.Equal(0, receiver.Count);
        var poisoned = Assert.Single(await strict.Harness.DrainAsync(strict.Harness.DeliveriesPoisonQueue));
        Assert.Contains("must be an https URL", JsonNode.Parse(poisoned.Body.ToString())!["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://127.0.0.1:9/hooks", "127.0.0.1")]
    [InlineData("https://localhost:9/hooks", "localhost")]
    public async Task InternalTarget_IsRefusedAtSendTime_WithTheReasonInItsStatus(string target, string named)
    {
        await using var local = await StartAsync();
        var (_, created) = await local.SubscribeAsync(Subject, "webhook", target);
        await using var strict = new DeliveryApp(azurite.ConnectionString, smtp.Server, allowPrivateTargets: false, shareTablesWith: local.Harness.Settings);

        await strict.RunMonthAsync();

        var poisoned = Assert.Single(await strict.Harness.DrainAsync(strict.Harness.DeliveriesPoisonQueue));
        var reason = JsonNode.Parse(poisoned.Body.ToString())!["lastError"]!.GetValue<string>();
        Assert.Contains("internal address", reason, StringComparison.Ordinal);
        Assert.Contains(named, reason, StringComparison.Ordinal);
        var (_, subscription) = await strict.GetSubscriptionAsync(created["subscription"]!["id"]!.GetValue<string>());
        Assert.Equal(reason, subscription["status"]!["lastError"]!.GetValue<string>());
    }
}
