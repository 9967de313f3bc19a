using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Core.Storage;
using TiesReports.Functions;
using TiesReports.Functions.Http;

namespace TiesReports.Benchmarks;

/// <summary>The GetBrief function against a real Azurite: a cached brief, and a brief rendered on first request.</summary>
internal static class HttpPath
{
    public static async Task<(Stats Cached, Stats FirstRequest)> MeasureAsync(int cachedRuns, int firstRuns)
    {
        var account = "bench" + Guid.NewGuid().ToString("N")[..8];
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        var (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
        var azurite = StartAzurite(account, key, blobPort, queuePort, tablePort);
        try
        {
            var connection = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};BlobEndpoint=http://127.0.0.1:{blobPort}/{account};QueueEndpoint=http://127.0.0.1:{queuePort}/{account};";
            await WaitAsync(connection);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connection }).Build();
            var services = new ServiceCollection().AddLogging().AddTiesReportsFunctions(configuration).BuildServiceProvider();
            await Seeder.SeedAsync(Paths.Seeds, services.GetRequiredService<IReportStore>(), CancellationToken.None);
            var api = ActivatorUtilities.CreateInstance<BriefsApi>(services);

            async Task<int> Get(string period)
            {
                var context = new DefaultHttpContext();
                context.Request.Method = "GET";
                context.Request.QueryString = new QueryString("?period=" + period);
                context.Response.Body = new MemoryStream();
                context.RequestServices = services;
                var result = await api.Get(context.Request, "dalian-arkhangelsk", CancellationToken.None);
                await result.ExecuteAsync(context);
                return context.Response.StatusCode == 200 ? (int)context.Response.Body.Length : throw new InvalidOperationException($"HTTP {context.Response.StatusCode}");
            }

            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(2))
            {
                await Get("2026-11");
            }

            var cached = await Stats.TimeAsync(cachedRuns, () => Get("2026-11"));
            var months = Enumerable.Range(0, firstRuns).Select(i => new Core.Model.Month(2020, 1).AddMonths(i).ToString()).ToArray();
            var index = 0;
            var first = await Stats.TimeAsync(firstRuns, () => Get(months[index++]));
            return (cached, first);
        }
        finally
        {
            azurite.Kill(entireProcessTree: true);
            await azurite.WaitForExitAsync();
        }
    }

    private static Process StartAzurite(string account, string key, int blobPort, int queuePort, int tablePort)
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

    private static async Task WaitAsync(string connection)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
