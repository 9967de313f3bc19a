namespace TiesReports.Functions.Jobs;

/// <summary>
/// host.json's extensions.queues, read by the worker from the same file the host reads (one source for
/// maxDequeueCount). Defaults are the host's own.
/// </summary>
public sealed class QueueHostOptions
{
    public const string SectionName = "extensions:queues";

    public int MaxDequeueCount { get; set; } = 5;
}
