using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Delivery;
using TiesReports.Delivery.Receipts;
using TiesReports.Functions.Data;
using TiesReports.Functions.Delivery;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Delivery;

/// <summary>Exactly one delivery per (subscription, brief, input hash) — and what "once" means when a worker dies mid-send.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryOnceTests(AzuriteFixture azurite, Smtp4devFixture smtp) : IClassFixture<Smtp4devFixture>
{
    private const string Subject = "dalian-arkhangelsk";

    private async Task<DeliveryApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new DeliveryApp(azurite.ConnectionString, smtp.Server, shareTablesWith: settings);
        await app.SeedAsync();
        return app;
    }

    private static async Task<DeliveryOrder> OrderFor(DeliveryApp app, string subscriptionId)
    {
        var info = await app.Harness.Store.GetInfoAsync(StoreArea.Briefs, $"{Subject}/2026-12.pdf", CancellationToken.None);
        return new DeliveryOrder(subscriptionId, Subject, "2026-12", info!.Metadata["inputhash"]);
    }

    [Fact]
    public async Task TheSameOrderDeliveredFourTimesAtOnce_SendsOneWebhook()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        await app.RunMonthAsync();
        await receiver.NextAsync();
        var order = await OrderFor(app, created["subscription"]!["id"]!.GetValue<string>());
        var queue = app.Harness.Services.GetRequiredService<IDeliveryQueue>();
        await queue.EnqueueAsync([order, order, order, order], TimeSpan.Zero, CancellationToken.None);

        var messages = await app.Harness.DrainAsync(app.Harness.DeliveriesQueue);
        var processor = app.Harness.Create<DeliveryProcessor>();
        app.Harness.Clock.Now = DateTimeOffset.UtcNow;
        await Task.WhenAll(messages.Select(m => processor.Run(m, CancellationToken.None)));

        Assert.Equal(4, messages.Count);
        Assert.Equal(1, receiver.Count);
    }

    [Fact]
    public async Task WorkerDyingMidSend_IsResentAfterItsClaimExpires_WithTheSameWebhookId()
    {
        await using var app = await StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);
        var subscriptionId = created["subscription"]!["id"]!.GetValue<string>();
        await app.Harness.Create<TiesReports.Functions.Jobs.BriefJobProcessor>().Run(
            (await SendJob(app)), CancellationToken.None);
        var order = await OrderFor(app, subscriptionId);
        app.Harness.Clock.Now = DateTimeOffset.UtcNow;

        // A worker claimed the delivery and died before completing its receipt.
        var receipts = app.Harness.Services.GetRequiredService<ReceiptStore>();
        await receipts.ClaimAsync(subscriptionId, order.DeliveryId, $"{Subject}/2026-12.pdf", order.InputHash, CancellationToken.None);
        var deliveries = app.Harness.Services.GetRequiredService<DeliveryService>();
        var whileClaimed = await deliveries.DeliverAsync(order, CancellationToken.None);
        app.Harness.Clock.Now = DateTimeOffset.UtcNow.AddMinutes(3);
        var afterExpiry = await deliveries.DeliverAsync(order, CancellationToken.None);
        var hook = await receiver.NextAsync();
        var again = await deliveries.DeliverAsync(order, CancellationToken.None);

        Assert.Equal(DeliveryResultKind.InProgress, whileClaimed.Kind);
        Assert.Equal(DeliveryResultKind.Delivered, afterExpiry.Kind);
        Assert.Equal(order.DeliveryId, hook.Headers["webhook-id"]);
        Assert.Equal(DeliveryResultKind.AlreadyDone, again.Kind);
        Assert.Equal(1, receiver.Count);
        Assert.Equal(ReceiptStatus.Delivered, await receipts.GetStatusAsync(subscriptionId, order.DeliveryId, CancellationToken.None));
    }

    [Fact]
    public async Task DataChange_ThatReRendersTheBrief_DeliversTheNewBrief_AsANewDelivery()
    {
        await using var app = await StartAsync();
        var reader = $"reader-{Guid.NewGuid():N}@example.org";
        await app.SubscribeAsync(Subject, "email", reader);
        await app.RunMonthAsync();
        var tree = SeedData.Tree();
        tree["trade"]![0]!["value"] = 50_000_000_000m;
        tree["trade"]![0]!["conversions"]![0]!["value"] = 6_880_000_000m;
        await app.Harness.Store.WriteAsync(StoreArea.Data, SeedData.FileName, SeedData.ToBytes(tree), WriteRequest.Json, CancellationToken.None);

        await app.Harness.Create<DataChangedFunctions>().OnBlob(Stream.Null, SeedData.FileName, CancellationToken.None);
        await app.RunBriefJobsAsync();
        app.Harness.Clock.Now = DateTimeOffset.UtcNow;
        await app.DeliverAllAsync();
        await smtp.Server.FlushAsync();

        var messages = await smtp.Server.MessagesToAsync(reader);
        Assert.Equal(2, messages.Count);
        var newest = await smtp.Server.ReadAsync(messages[0]["id"]!.GetValue<string>());
        var oldest = await smtp.Server.ReadAsync(messages[1]["id"]!.GetValue<string>());
        Assert.NotEqual(oldest.MessageId, newest.MessageId);
        using var bytes = new MemoryStream();
        await ((MimePart)newest.Attachments.Single()).Content!.DecodeToAsync(bytes);
        Assert.Equal(await app.StoredBriefAsync(Subject), bytes.ToArray());
    }

    [Fact]
    public async Task PdfOverTheAttachmentCap_IsLinkedInstead()
    {
        await using var app = new DeliveryApp(azurite.ConnectionString, smtp.Server, shareTablesWith: new Dictionary<string, string?>());
        app.Harness.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value.MaxAttachmentBytes = 1024;
        await app.SeedAsync();
        var reader = $"reader-{Guid.NewGuid():N}@example.org";
        await app.SubscribeAsync(Subject, "email", reader);

        await app.RunMonthAsync();
        await smtp.Server.FlushAsync();

        var message = await smtp.Server.ReadAsync((await smtp.Server.MessagesToAsync(reader)).Single()["id"]!.GetValue<string>());
        Assert.Empty(message.Attachments);
        Assert.Contains($"download it: https://briefs.tiesreports.test/api/briefs/{Subject}?period=2026-12", message.TextBody!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningSecret_IsNeverLogged_EvenWhenDeliveriesFail()
    {
        await using var app = new DeliveryApp(azurite.ConnectionString, smtp.Server, shareTablesWith: new Dictionary<string, string?>());
        await app.SeedAsync();
        await using var receiver = await WebhookReceiver.StartAsync(503, 410);
        var (_, created) = await app.SubscribeAsync(Subject, "webhook", receiver.Url.AbsoluteUri);

        await app.RunMonthAsync();

        var secret = created["signingSecret"]!.GetValue<string>();
        Assert.Equal(2, receiver.Count);
        Assert.DoesNotContain(secret["whsec_".Length..], app.Harness.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains("410", app.Harness.Logs.AllText, StringComparison.Ordinal);
    }

    private static async Task<Azure.Storage.Queues.Models.QueueMessage> SendJob(DeliveryApp app)
    {
        await app.Harness.JobsQueue.CreateIfNotExistsAsync();
        await app.Harness.JobsQueue.SendMessageAsync(new TiesReports.Functions.Jobs.BriefJob(Subject, new Month(2026, 12).ToString()).ToJson());
        return (await app.Harness.DrainAsync(app.Harness.JobsQueue)).Single();
    }
}
