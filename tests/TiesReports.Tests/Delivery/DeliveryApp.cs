using System.Text.Json.Nodes;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using TiesReports.Core.Storage;
using TiesReports.Functions.Delivery;
using TiesReports.Functions.Jobs;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Delivery;

/// <summary>
/// The Functions app with delivery switched on, on a real Azurite (blob, queue, table) and a real smtp4dev:
/// subscribe through the HTTP functions, run the month through the timer and the queue functions.
/// </summary>
public sealed class DeliveryApp : IAsyncDisposable
{
    public static readonly DateTimeOffset FirstOfDecember = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    public DeliveryApp(string connectionString, Smtp4devProcess? smtp, bool allowPrivateTargets = true, double retryBaseSeconds = 0, int pauseAfterFailedMonths = 3, IReadOnlyDictionary<string, string?>? shareTablesWith = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Delivery:AllowPrivateTargets"] = allowPrivateTargets ? "true" : "false",
            ["Delivery:RetryBaseSeconds"] = retryBaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:PauseAfterFailedMonths"] = pauseAfterFailedMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:PublicBaseUrl"] = "https://briefs.tiesreports.test/",
            ["Delivery:UnsubscribeSigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = (smtp?.SmtpPort ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "TiesReports <briefs@tiesreports.test>",
        };
        foreach (var key in new[] { "DataContainer", "BriefsContainer", "BriefJobsQueue", "DeliveriesQueue", "Delivery:SubscriptionsTable", "Delivery:ReceiptsTable", "Delivery:UnsubscribeSigningKey" })
        {
            if (shareTablesWith?.GetValueOrDefault(key) is { } shared)
            {
                settings[key] = shared;
            }
        }

        Harness = new FunctionsHarness(connectionString, FirstOfDecember, settings);
    }

    public FunctionsHarness Harness { get; }

    public Task SeedAsync() => Harness.SeedAsync();

    public async Task<(int Status, JsonObject Body)> SubscribeAsync(string subject, string channel, string target, string? displayName = null, string? language = null)
    {
        var body = new JsonObject { ["subject"] = subject, ["channel"] = channel, ["target"] = target };
        if (displayName is not null)
        {
            body["displayName"] = displayName;
        }

        if (language is not null)
        {
            body["language"] = language;
        }

        return await CallAsync(c => Harness.Create<SubscriptionsApi>().Create(c.Request, CancellationToken.None), "POST", "/api/subscriptions", body: body.ToJsonString());
    }

    public async Task<(int Status, JsonObject Body)> GetSubscriptionAsync(string id) =>
        await CallAsync(c => Harness.Create<SubscriptionsApi>().Get(c.Request, id, CancellationToken.None), "GET", $"/api/subscriptions/{id}");

    public static async Task<(int Status, JsonObject Body)> CallAsync(Func<Microsoft.AspNetCore.Http.HttpContext, Task<Microsoft.AspNetCore.Http.IResult>> function, string method, string path, string? query = null, string? body = null)
    {
        var context = FunctionsHarness.Request(method, path, query, body);
        var (status, headers, bytes) = await FunctionsHarness.ExecuteAsync(await function(context), context);
        var json = headers.ContentType.ToString().Contains("json", StringComparison.Ordinal);
        return (status, json ? JsonNode.Parse(bytes)!.AsObject() : []);
    }

    /// <summary>The monthly timer fires; its brief jobs run; the deliveries they enqueue run, retries included.</summary>
    public async Task RunMonthAsync(int timerFirings = 1)
    {
        for (var i = 0; i < timerFirings; i++)
        {
            await Harness.Create<MonthlyBriefsTimer>().Run(new TimerInfo(), CancellationToken.None);
        }

        await RunBriefJobsAsync();

        // Deliveries are stamped with the wall clock: receivers check webhook-timestamp against their own.
        var month = Harness.Clock.Now;
        Harness.Clock.Now = DateTimeOffset.UtcNow;
        try
        {
            await DeliverAllAsync();
        }
        finally
        {
            Harness.Clock.Now = month;
        }
    }

    /// <summary>Runs the brief-jobs function on every queued job (the monthly run's and data changes' fan-out).</summary>
    public async Task RunBriefJobsAsync()
    {
        var jobs = Harness.Create<BriefJobProcessor>();
        foreach (var message in await Harness.DrainAsync(Harness.JobsQueue))
        {
            await jobs.Run(message, CancellationToken.None);
        }
    }

    /// <summary>Runs the delivery function on every visible message until none is left; returns the messages it ran.</summary>
    public async Task<List<QueueMessage>> DeliverAllAsync(int maxRounds = 20)
    {
        var processor = Harness.Create<DeliveryProcessor>();
        var all = new List<QueueMessage>();
        for (var round = 0; round < maxRounds; round++)
        {
            var batch = await Harness.DrainAsync(Harness.DeliveriesQueue);
            if (batch.Count == 0)
            {
                return all;
            }

            all.AddRange(batch);
            foreach (var message in batch)
            {
                await processor.Run(message, CancellationToken.None);
            }
        }

        throw new InvalidOperationException($"Deliveries still queued after {maxRounds} rounds.");
    }

    public async Task<byte[]> StoredBriefAsync(string subject, string period = "2026-12", string? language = null) =>
        (await Harness.Store.ReadAsync(StoreArea.Briefs, language is null ? $"{subject}/{period}.pdf" : $"{subject}/{period}.{language}.pdf", CancellationToken.None))!.Content.ToArray();

    public async ValueTask DisposeAsync() => await Harness.DisposeAsync();
}
