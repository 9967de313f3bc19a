using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// A real Azurite (blob, queue and table) from the repository's node_modules, on free ports, in memory.
/// Started and stopped by the tests themselves; stopped by its own process id.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Each Azurite gets an account and key made up for this run (AZURITE_ACCOUNTS), so no key lives in the repo.
    private readonly string _account = "ties" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));

    private readonly string? _location;
    private Process? _process;

    private AzuriteProcess(int blobPort, int queuePort, int tablePort, string? location)
    {
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        _location = location;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={_account};AccountKey={_key};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{_account};QueueEndpoint=http://127.0.0.1:{QueuePort}/{_account};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{_account};";

    /// <summary>Starts Azurite; <paramref name="persistent"/> keeps its data on disk across a stop and restart.</summary>
    public static async Task<AzuriteProcess> StartAsync(bool persistent = false)
    {
        var location = persistent ? Path.Combine(Path.GetTempPath(), "ties-azurite-" + Guid.NewGuid().ToString("N")[..10]) : null;
        for (var attempt = 1; ; attempt++)
        {
            var azurite = new AzuriteProcess(FreePort(), FreePort(), FreePort(), location);
            try
            {
                await azurite.RestartAsync();
                return azurite;
            }
            catch (InvalidOperationException) when (attempt < 3 && !azurite.IsRunning)
            {
                // A free port can be taken by another process before Azurite binds it: try fresh ports.
                await azurite.StopAsync();
            }
        }
    }

    /// <summary>Starts (again) on the same ports; in-memory data from before a stop is gone.</summary>
    public async Task RestartAsync()
    {
        var script = Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed at {script}; run 'npm ci' in {RepoPaths.Root}.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            script, "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (_location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_location);
        }

        start.Environment["AZURITE_ACCOUNTS"] = $"{_account}:{_key}";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            // SIGTERM first: a persistent Azurite flushes its metadata on the way down, like a real outage
            // that loses nothing. SIGKILL only if it does not stop in time.
            _ = SendTerminate(_process.Id, 15);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_location is not null && Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    /// <summary>The account key, so tests can check it never leaks into logs or responses.</summary>
    public string Key => _key;

    private async Task WaitUntilAnsweringAsync()
    {
        var client = new BlobServiceClient(ConnectionString);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited at start with code {_process.ExitCode}.");
            }

            try
            {
                await client.GetBlobContainerClient("probe").ExistsAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendTerminate(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
