namespace TiesReports.Functions.TestHost;

/// <summary>What the test host runs and how: the built app folder, its app settings, and test-friendly overrides of host.json.</summary>
public sealed class TestHostOptions
{
    /// <summary>The worker's build output: the worker assembly, functions.metadata, worker.config.json, host.json.</summary>
    public required string AppDirectory { get; init; }

    /// <summary>App settings, given to the worker as environment variables and used to resolve %Name% in bindings.</summary>
    public IDictionary<string, string?> AppSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The function key that authLevel "function" requires (query "code" or header "x-functions-key").</summary>
    public string FunctionKey { get; init; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>Overrides host.json's queues.visibilityTimeout (tests use zero so a failed message is retried at once).</summary>
    public TimeSpan? QueueVisibilityTimeout { get; init; }

    /// <summary>Overrides host.json's queues.maxPollingInterval (tests use a short one so they do not wait on an idle poll).</summary>
    public TimeSpan? QueueMaxPollingInterval { get; init; }

    /// <summary>Polls blob-trigger containers at this interval; null means only when <see cref="FunctionsTestHost.ScanBlobsAsync"/> is called.</summary>
    public TimeSpan? BlobPollingInterval { get; init; }

    /// <summary>Fires timers on their schedules (tests fire them on demand with <see cref="FunctionsTestHost.FireTimerAsync"/> as well).</summary>
    public bool RunTimerSchedules { get; init; } = true;

    /// <summary>How long the worker may take to connect, initialise and load its functions.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
