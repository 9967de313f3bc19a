using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Briefs.Services;
using TiesReports.Core.Storage;
using TiesReports.Functions;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// The Functions app's real service registration on a real Azurite, with containers and queues of its own.
/// Functions are created from it and called directly, since Core Tools cannot run here.
/// </summary>
public sealed class FunctionsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public FunctionsHarness(string connectionString, DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        Settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["DataContainer"] = "data-" + suffix,
            ["BriefsContainer"] = "briefs-" + suffix,
            ["BriefJobsQueue"] = "jobs-" + suffix,
            ["DataChangesQueue"] = "changes-" + suffix,
            ["MonthlyBriefSchedule"] = "0 0 6 1 * *",
            ["DeliveriesQueue"] = "deliveries-" + suffix,
            ["Delivery:SubscriptionsTable"] = "subs" + suffix,
            ["Delivery:ReceiptsTable"] = "receipts" + suffix,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        Clock = new ManualClock(now);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddTiesReportsFunctions(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public Dictionary<string, string?> Settings { get; }

    public ManualClock Clock { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public IReportStore Store => _services.GetRequiredService<IReportStore>();

    public BriefService Briefs => _services.GetRequiredService<BriefService>();

    public QueueClient JobsQueue => _services.GetRequiredService<QueueServiceClient>().GetQueueClient(Settings["BriefJobsQueue"]);

    public QueueClient PoisonQueue => _services.GetRequiredService<QueueServiceClient>().GetQueueClient(Settings["BriefJobsQueue"] + "-poison");

    public QueueClient DeliveriesQueue => _services.GetRequiredService<QueueServiceClient>().GetQueueClient(Settings["DeliveriesQueue"]);

    public QueueClient DeliveriesPoisonQueue => _services.GetRequiredService<QueueServiceClient>().GetQueueClient(Settings["DeliveriesQueue"] + "-poison");

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    public Task SeedAsync() => Seeder.SeedAsync(RepoPaths.Seeds, Store, CancellationToken.None);

    /// <summary>Takes every message waiting on a queue (received, so each has its dequeue count).</summary>
    public async Task<List<QueueMessage>> DrainAsync(QueueClient queue)
    {
        var all = new List<QueueMessage>();
        if (!await queue.ExistsAsync())
        {
            return all;
        }

        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0)
            {
                return all;
            }

            all.AddRange(batch);
        }
    }

    public static DefaultHttpContext Request(string method, string path, string? query = null, string? body = null, string? contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        if (body is not null)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        context.Response.Body = new MemoryStream();
        context.RequestServices = ResultServices;
        return context;
    }

    /// <summary>Runs a result against the context, as the ASP.NET Core integration does, and returns the response.</summary>
    public static async Task<(int Status, IHeaderDictionary Headers, byte[] Body)> ExecuteAsync(IResult result, DefaultHttpContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.Headers, ((MemoryStream)context.Response.Body).ToArray());
    }

    /// <summary>What the framework's results ask the request for (a logger factory, JSON options).</summary>
    private static readonly ServiceProvider ResultServices = new ServiceCollection().AddLogging().AddOptions().BuildServiceProvider();

    public FunctionsOptions Options => _services.GetRequiredService<IOptions<FunctionsOptions>>().Value;

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
