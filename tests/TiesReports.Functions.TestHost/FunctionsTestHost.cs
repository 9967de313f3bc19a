using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>
/// A test tool, not a product: a small stand-in for the Azure Functions host. It starts the real worker
/// process, speaks FunctionRpc/EventStream with it (init, index, load, invoke), serves HTTP triggers with
/// function keys, polls queues (with poison handling), watches blob containers and fires timers.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    private const string HostVersion = "4.1040.0";
    private readonly WorkerChannel _channel = new();
    private readonly InvocationJournal _journal = new();
    private readonly ConcurrentQueue<WorkerLog> _logs = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _background = [];
    private readonly Dictionary<string, TimerTrigger> _timers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BlobTriggerWatcher> _blobWatchers = [];
    private readonly List<LoadedFunction> _functions = [];
    private WebApplication? _server;
    private WorkerProcess? _worker;
    private HttpFront? _front;

    private FunctionsTestHost(TestHostOptions options)
    {
        Options = options;
    }

    public TestHostOptions Options { get; }

    /// <summary>The host's HTTP address: requests to "{BaseAddress}api/..." reach the functions.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The worker's own web server, as it announced it (capability HttpUri).</summary>
    public Uri WorkerHttpUri { get; private set; } = null!;

    public string FunctionKey => Options.FunctionKey;

    public int WorkerProcessId => _worker?.Id ?? 0;

    /// <summary>The functions the worker indexed and loaded, by name.</summary>
    public IReadOnlyList<string> Functions => [.. _functions.Select(f => f.Name)];

    public IReadOnlyList<InvocationRecord> Invocations => _journal.Snapshot();

    /// <summary>Everything the worker logged, over the protocol and on its console.</summary>
    public IReadOnlyList<WorkerLog> Logs => [.. _logs];

    /// <summary>Starts the server side, then the worker, and waits until every function is loaded.</summary>
    public static async Task<FunctionsTestHost> StartAsync(TestHostOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = new FunctionsTestHost(options);
        try
        {
            await host.StartCoreAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>An HttpClient on the host; with <paramref name="withKey"/> it sends the function key (x-functions-key).</summary>
    public HttpClient CreateClient(bool withKey = true)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        if (withKey)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        }

        return client;
    }

    /// <summary>Fires a timer-triggered function now, as its schedule would.</summary>
    public Task<InvocationRecord> FireTimerAsync(string functionName, CancellationToken cancellationToken = default) =>
        _timers.TryGetValue(functionName, out var timer)
            ? timer.FireAsync(isPastDue: false, cancellationToken)
            : throw new ArgumentException($"{functionName} is not a timer-triggered function.", nameof(functionName));

    /// <summary>Looks at every blob-trigger container now; returns how many blobs were handed to functions.</summary>
    public async Task<int> ScanBlobsAsync(CancellationToken cancellationToken = default)
    {
        var fired = 0;
        foreach (var watcher in _blobWatchers)
        {
            fired += await watcher.ScanAsync(cancellationToken);
        }

        return fired;
    }

    /// <summary>Waits until the invocations seen so far satisfy <paramref name="condition"/> (checked on each one).</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<InvocationRecord>, bool> condition, TimeSpan timeout)
    {
        try
        {
            await _journal.WaitUntilAsync(condition, timeout);
        }
        catch (TimeoutException ex)
        {
            var recent = string.Join(Environment.NewLine, Logs.Where(l => l.Level is not ("Trace" or "Debug")).TakeLast(40).Select(l => $"[{l.Level}] {l.Category}: {l.Message} {l.Exception}"));
            throw new TimeoutException($"{ex.Message}{Environment.NewLine}Recent worker logs:{Environment.NewLine}{recent}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_background);
        }
        catch (OperationCanceledException)
        {
            // Listeners stop by cancellation.
        }

        if (_worker is not null)
        {
            if (!_worker.HasExited)
            {
                try
                {
                    // The worker stops itself on WorkerTerminate; it is killed by its id only if it does not.
                    await _channel.TerminateAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
                }
                catch (InvalidOperationException)
                {
                    _worker.Kill();
                }
            }

            await _worker.DisposeAsync();
        }

        _channel.Close();
        _front?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var appDirectory = Path.GetFullPath(Options.AppDirectory);
        var settings = new AppSettings(Options.AppSettings);
        var hostSettings = HostSettings.Read(appDirectory, Options);
        var grpcPort = FreePort();
        var httpPort = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
        _channel.LogReceived += log => _logs.Enqueue(new WorkerLog(log.Category, log.Level.ToString(), log.Message, log.Exception?.Message));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, grpcPort, l => l.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, httpPort, l => l.Protocols = HttpProtocols.Http1);
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = null;
            o.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(_channel);
        _server = builder.Build();
        _server.MapWhen(c => c.Connection.LocalPort == httpPort, front => front.Run(ServeHttpAsync));
        _server.MapGrpcService<WorkerChannel>();
        await _server.StartAsync(cancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.StartTimeout);
        var workerId = Guid.NewGuid().ToString();
        _worker = WorkerProcess.Start(appDirectory, new Uri($"http://127.0.0.1:{grpcPort}/"), workerId, settings);
        _worker.OutputReceived += line => _logs.Enqueue(new WorkerLog("stdout", "Information", line, null));
        await WhileWorkerRuns(_channel.Connected, timeout.Token);

        var init = (await WhileWorkerRuns(_channel.InitAsync(new WorkerInitRequest { HostVersion = HostVersion, FunctionAppDirectory = appDirectory, WorkerDirectory = appDirectory }, timeout.Token), timeout.Token)).WorkerInitResponse;
        EnsureSuccess(init.Result, "initialise");
        WorkerHttpUri = init.Capabilities.TryGetValue("HttpUri", out var httpUri)
            ? new Uri(httpUri)
            : throw new InvalidOperationException("The worker did not announce its web server (capability HttpUri); is ASP.NET Core integration on?");

        var index = (await WhileWorkerRuns(_channel.IndexAsync(new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory }, timeout.Token), timeout.Token)).FunctionMetadataResponse;
        EnsureSuccess(index.Result, "index its functions");
        foreach (var metadata in index.FunctionMetadataResults)
        {
            var (function, load) = LoadedFunction.FromIndexed(metadata, appDirectory);
            var loaded = (await WhileWorkerRuns(_channel.LoadAsync(load, timeout.Token), timeout.Token)).FunctionLoadResponse;
            EnsureSuccess(loaded.Result, "load " + function.Name);
            _functions.Add(function);
        }

        // The worker announces its web server before Kestrel listens; requests wait until it does.
        await WhileWorkerRuns(WorkerHttpListeningAsync(timeout.Token), timeout.Token);
        StartTriggers(settings, hostSettings);
    }

    private async Task<bool> WorkerHttpListeningAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(WorkerHttpUri.Host, WorkerHttpUri.Port, cancellationToken);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    private void StartTriggers(AppSettings settings, HostSettings hostSettings)
    {
        var connection = settings["AzureWebJobsStorage"];
        var queues = new QueueServiceClient(connection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var blobs = new BlobServiceClient(connection);
        var routes = new List<HttpRoute>();
        foreach (var function in _functions)
        {
            switch (function.TriggerType.ToUpperInvariant())
            {
                case "HTTPTRIGGER":
                    routes.Add(new HttpRoute(function, hostSettings.RoutePrefix));
                    break;
                case "QUEUETRIGGER":
                    var listener = new QueueTriggerListener(function, queues, settings.Resolve(function.TriggerProperty("queueName")!), hostSettings.Queues, InvokeAsync, ReportFailure);
                    _background.Add(Task.Run(() => listener.RunAsync(_stopping.Token)));
                    break;
                case "BLOBTRIGGER":
                    var watcher = new BlobTriggerWatcher(function, blobs, settings, InvokeAsync);
                    _blobWatchers.Add(watcher);
                    if (Options.BlobPollingInterval is { } interval)
                    {
                        _background.Add(Task.Run(() => watcher.RunAsync(interval, _stopping.Token)));
                    }

                    break;
                case "TIMERTRIGGER":
                    var timer = new TimerTrigger(function, settings, InvokeAsync);
                    _timers[function.Name] = timer;
                    if (Options.RunTimerSchedules)
                    {
                        _background.Add(Task.Run(() => timer.RunAsync(TimeProvider.System, _stopping.Token)));
                    }

                    break;
                default:
                    throw new NotSupportedException($"{function.Name}: trigger {function.TriggerType} is not supported by the test host.");
            }
        }

        // Literal segments before parameters, as ASP.NET Core orders routes.
        _front = new HttpFront([.. routes.OrderByDescending(r => r.Template.Count(c => c == '/')).ThenBy(r => r.Template.Contains('{', StringComparison.Ordinal))], WorkerHttpUri, Options.FunctionKey, InvokeAsync, ReportFailure);
    }

    /// <summary>The host's own failures go beside the worker's logs, so a test that times out can show them.</summary>
    private void ReportFailure(string failure) => _logs.Enqueue(new WorkerLog("TestHost", "Error", failure, null));

    private async Task<InvocationRecord> InvokeAsync(LoadedFunction function, InvocationRequest request, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        request.TraceContext ??= new RpcTraceContext { TraceParent = TraceParent() };
        var response = (await _channel.InvokeAsync(request, both.Token)).InvocationResponse;
        var succeeded = response.Result.Status == StatusResult.Types.Status.Success;
        var record = new InvocationRecord(function.Name, request.InvocationId, succeeded, succeeded ? null : response.Result.Exception?.Message ?? response.Result.Result);
        _journal.Add(record);
        return record;
    }

    /// <summary>Awaits a step of the start-up, failing at once (with the worker's output) if the worker exits.</summary>
    private async Task<T> WhileWorkerRuns<T>(Task<T> step, CancellationToken cancellationToken)
    {
        var finished = await Task.WhenAny(step, _worker!.Exited, Task.Delay(Timeout.Infinite, cancellationToken));
        if (finished == step)
        {
            return await step;
        }

        var why = _worker.HasExited ? "the worker exited" : "the worker did not answer in time";
        throw new InvalidOperationException($"Starting the worker failed: {why}. Its last output:{Environment.NewLine}{_worker.RecentOutput}");
    }

    private static void EnsureSuccess(StatusResult result, string step)
    {
        if (result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"The worker could not {step}: {result.Exception?.Message ?? result.Result}");
        }
    }

    private Task ServeHttpAsync(Microsoft.AspNetCore.Http.HttpContext context)
    {
        if (_front is null)
        {
            // Functions are still loading.
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        }

        return _front.HandleAsync(context);
    }

    /// <summary>A fresh W3C traceparent, or the caller's current activity, so an invocation is one trace.</summary>
    private static string TraceParent() => System.Diagnostics.Activity.Current is { } activity
        ? activity.Id!
        : $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
