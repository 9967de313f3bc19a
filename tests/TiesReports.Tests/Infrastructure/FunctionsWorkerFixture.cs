using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;
using TiesReports.Functions.TestHost;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// The real Functions worker process under our test host, on an Azurite of its own, with the Dalian seed
/// uploaded. One per test class (IClassFixture): the classes run in parallel, each with its own worker.
/// </summary>
public class FunctionsWorkerFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public FunctionsTestHost Host { get; private set; } = null!;

    public Dictionary<string, string?> Settings { get; private set; } = null!;

    /// <summary>A client that sends the function key.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client without a key (anonymous functions only).</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>The store the worker uses, seen from the test.</summary>
    public IReportStore Store { get; private set; } = null!;

    public QueueClient JobsQueue => Queues.GetQueueClient(Settings["BriefJobsQueue"]);

    public QueueClient PoisonQueue => Queues.GetQueueClient(Settings["BriefJobsQueue"] + "-poison");

    public QueueServiceClient Queues { get; private set; } = null!;

    /// <summary>The Functions app's build output, in the configuration the tests were built in.</summary>
    public static string AppDirectory
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "bin", configuration, "net10.0");
        }
    }

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartAsync();
        Settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["DataContainer"] = "data",
            ["BriefsContainer"] = "briefs",
            ["BriefJobsQueue"] = "brief-jobs",
            ["DataChangesQueue"] = "data-changes",
            ["DeliveriesQueue"] = "deliveries",
            ["Delivery__AllowPrivateTargets"] = "true",
            ["Delivery__PublicBaseUrl"] = "http://127.0.0.1/",
            ["Delivery__UnsubscribeSigningKey"] = "test-only-" + Guid.NewGuid().ToString("N"),
            ["MonthlyBriefSchedule"] = "0 0 6 1 * *",
        };
        Queues = new QueueServiceClient(Azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Store = new BlobReportStore(new BlobServiceClient(Azurite.ConnectionString), Options.Create(new BlobStoreOptions { DataContainer = "data", BriefsContainer = "briefs" }));
        await SeedAsync();
        Host = await FunctionsTestHost.StartAsync(new TestHostOptions
        {
            AppDirectory = AppDirectory,
            AppSettings = Settings,
            QueueVisibilityTimeout = TimeSpan.Zero,
            QueueMaxPollingInterval = TimeSpan.FromMilliseconds(200),
        });
        Client = Host.CreateClient();
        Anonymous = Host.CreateClient(withKey: false);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        Anonymous?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }

    /// <summary>What the data container holds when the worker starts; the Dalian seed unless overridden.</summary>
    protected virtual Task SeedAsync() => Seeder.SeedAsync(RepoPaths.Seeds, Store, CancellationToken.None);
}
