using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace TiesReports.Functions.TestHost;

/// <summary>
/// The real worker process, started as the Functions host starts it: `dotnet &lt;worker&gt;.dll` with the host's
/// command-line arguments and the app settings as environment variables. Stopped by its own process id.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private const int MaxOutputLines = 400;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private WorkerProcess(Process process) => _process = process;

    public event Action<string>? OutputReceived;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public Task Exited => _process.WaitForExitAsync();

    /// <summary>The last lines the worker wrote, for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public static WorkerProcess Start(string appDirectory, Uri hostEndpoint, string workerId, AppSettings settings)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(appDirectory, WorkerAssembly(appDirectory)),
            "--functions-uri", hostEndpoint.ToString(),
            "--functions-worker-id", workerId,
            "--functions-request-id", Guid.NewGuid().ToString(),
            "--functions-grpc-max-message-length", int.MaxValue.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["AzureWebJobsScriptRoot"] = appDirectory;
        start.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in settings.Values)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the worker process.");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
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
    }

    /// <summary>Stops the worker at once (it was asked to terminate and did not).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > MaxOutputLines)
            {
                _output.Dequeue();
            }
        }

        OutputReceived?.Invoke(line);
    }

    /// <summary>The worker assembly named in worker.config.json, as the host finds it.</summary>
    private static string WorkerAssembly(string appDirectory)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(appDirectory, "worker.config.json")));
        return config.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString()!;
    }

    /// <summary>The dotnet the SDK runs tests with (DOTNET_HOST_PATH), so the worker runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
}
