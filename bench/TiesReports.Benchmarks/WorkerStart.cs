using System.Diagnostics;
using System.Net;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;
using TiesReports.Functions.TestHost;

namespace TiesReports.Benchmarks;

/// <summary>
/// Cold start of the Functions worker: a fresh worker process, from start to the first brief served over HTTP, for
/// each given build of the app (the build output, a ReadyToRun publish), the builds alternating round by round on
/// one Azurite so load swings fall on all alike. Every round asks for a month not yet rendered, as a cold instance
/// meets it: the brief is built, rendered and stored.
/// </summary>
internal static class WorkerStart
{
    public static async Task<IReadOnlyList<(string Build, Stats StartToReady, Stats StartToFirstBrief)>> MeasureAsync(IReadOnlyList<(string Build, string AppDirectory, IReadOnlyDictionary<string, string> Environment)> builds, int rounds)
    {
        var account = "bench" + Guid.NewGuid().ToString("N")[..8];
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        var (blobPort, queuePort, tablePort) = (HttpPath.FreePort(), HttpPath.FreePort(), HttpPath.FreePort());
        var azurite = HttpPath.StartAzurite(account, key, blobPort, queuePort, tablePort);
        try
        {
            var connection = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};BlobEndpoint=http://127.0.0.1:{blobPort}/{account};QueueEndpoint=http://127.0.0.1:{queuePort}/{account};TableEndpoint=http://127.0.0.1:{tablePort}/{account};";
            await HttpPath.WaitAsync(connection);
            var store = new BlobReportStore(new BlobServiceClient(connection), Options.Create(new BlobStoreOptions()));
            await Seeder.SeedAsync(Paths.Seeds, store, CancellationToken.None);

            var ready = builds.Select(_ => new List<double>()).ToArray();
            var served = builds.Select(_ => new List<double>()).ToArray();
            var month = new Core.Model.Month(2010, 1);

            // One unmeasured round first: the OS file cache then holds every build alike.
            for (var round = -1; round < rounds; round++)
            {
                for (var b = 0; b < builds.Count; b++)
                {
                    var index = (b + Math.Max(round, 0)) % builds.Count;
                    month = month.AddMonths(1);
                    var (toReady, toServed) = await StartAndServeAsync(builds[index].AppDirectory, builds[index].Environment, connection, month.ToString());
                    if (round >= 0)
                    {
                        ready[index].Add(toReady.TotalMilliseconds);
                        served[index].Add(toServed.TotalMilliseconds);
                    }
                }
            }

            return builds.Select((build, i) => (build.Build, Stats.Of(ready[i]), Stats.Of(served[i]))).ToArray();
        }
        finally
        {
            azurite.Kill(entireProcessTree: true);
            await azurite.WaitForExitAsync();
        }
    }

    /// <summary>Times to the worker's functions loaded (the host can route a request) and to the first brief served.</summary>
    private static async Task<(TimeSpan Ready, TimeSpan Served)> StartAndServeAsync(string appDirectory, IReadOnlyDictionary<string, string> environment, string connection, string period)
    {
        // App settings reach the worker as environment variables, so runtime knobs (DOTNET_…) travel the same way.
        var settings = HttpPath.Settings(connection);
        foreach (var (name, value) in environment)
        {
            settings[name] = value;
        }

        var started = Stopwatch.StartNew();
        await using var host = await FunctionsTestHost.StartAsync(new TestHostOptions
        {
            AppDirectory = appDirectory,
            AppSettings = settings,
            RunTimerSchedules = false,
        });
        var ready = started.Elapsed;
        using var client = host.CreateClient();
        using var response = await client.GetAsync($"api/briefs/dalian-arkhangelsk?period={period}");
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? (ready, started.Elapsed)
            : throw new InvalidOperationException($"{appDirectory}: HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }
}
