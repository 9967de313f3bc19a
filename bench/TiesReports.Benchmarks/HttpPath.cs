using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;
using TiesReports.Functions.TestHost;

namespace TiesReports.Benchmarks;

/// <summary>
/// GetBrief over HTTP through the real worker process under the test host, on a real Azurite: worker process start
/// to the first brief served, then a cached brief and a brief rendered on first request, each through the
/// worker's own web server.
/// </summary>
internal static class HttpPath
{
    public static async Task<(TimeSpan StartToFirstBrief, Stats Cached, Stats FirstRequest)> MeasureAsync(int cachedRuns, int firstRuns)
    {
        var account = "bench" + Guid.NewGuid().ToString("N")[..8];
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        var (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
        var azurite = StartAzurite(account, key, blobPort, queuePort, tablePort);
        try
        {
            var connection = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};BlobEndpoint=http://127.0.0.1:{blobPort}/{account};QueueEndpoint=http://127.0.0.1:{queuePort}/{account};TableEndpoint=http://127.0.0.1:{tablePort}/{account};";
            await WaitAsync(connection);
            var store = new BlobReportStore(new BlobServiceClient(connection), Options.Create(new BlobStoreOptions()));
            await Seeder.SeedAsync(Paths.Seeds, store, CancellationToken.None);

            var started = Stopwatch.StartNew();
            await using var host = await FunctionsTestHost.StartAsync(new TestHostOptions
            {
                AppDirectory = FunctionsAppDirectory(),
                AppSettings = Settings(connection),
                RunTimerSchedules = false,
            });
            using var client = host.CreateClient();

            async Task<long> Get(string period)
            {
                using var response = await client.GetAsync($"api/briefs/dalian-arkhangelsk?period={period}");
                var body = await response.Content.ReadAsByteArrayAsync();
                return response.StatusCode == HttpStatusCode.OK ? body.Length : throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            }

            await Get("2026-11");
            var startToFirst = started.Elapsed;

            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(2))
            {
                await Get("2026-11");
            }

            var cached = await Stats.TimeAsync(cachedRuns, () => Get("2026-11"));
            var months = Enumerable.Range(0, firstRuns).Select(i => new Core.Model.Month(2020, 1).AddMonths(i).ToString()).ToArray();
            var index = 0;
            var first = await Stats.TimeAsync(firstRuns, () => Get(months[index++]));
            return (startToFirst, cached, first);
        }
        finally
        {
            azurite.Kill(entireProcessTree: true);
            await azurite.WaitForExitAsync();
        }
    }

    /// <summary>The Functions app built beside the benchmark, in the benchmark's own configuration.</summary>
    internal static string FunctionsAppDirectory()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return Path.Combine(Paths.Root, "src", "TiesReports.Functions", "bin", configuration, "net10.0");
    }

    internal static Dictionary<string, string?> Settings(string connection) => new()
    {
        ["AzureWebJobsStorage"] = connection,
        ["DataContainer"] = "data",
        ["BriefsContainer"] = "briefs",
        ["BriefJobsQueue"] = "brief-jobs",
        ["DataChangesQueue"] = "data-changes",
        ["DeliveriesQueue"] = "deliveries",
        ["Delivery__PublicBaseUrl"] = "http://127.0.0.1/",
        ["Delivery__UnsubscribeSigningKey"] = "bench-only-" + Guid.NewGuid().ToString("N"),
        ["MonthlyBriefSchedule"] = "0 0 6 1 * *",
    };

    internal static Process StartAzurite(string account, string key, int blobPort, int queuePort, int tablePort)
    {
        var script = Path.Combine(Paths.Root, "node_modules", "azurite", "dist", "src", "azurite.js");
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--blobPort", $"{blobPort}", "--queuePort", $"{queuePort}", "--tablePort", $"{tablePort}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["AZURITE_ACCOUNTS"] = $"{account}:{key}";
        return Process.Start(start)!;
    }

    internal static async Task WaitAsync(string connection)
    {
        var client = new BlobServiceClient(connection);
        for (var i = 0; ; i++)
        {
            try
            {
                await client.GetBlobContainerClient("probe").ExistsAsync();
                return;
            }
            catch (Exception) when (i < 300)
            {
                await Task.Delay(100);
            }
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
