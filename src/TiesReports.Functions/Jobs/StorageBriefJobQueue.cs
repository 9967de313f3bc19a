using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;

namespace TiesReports.Functions.Jobs;

/// <summary>Brief jobs on an Azure Storage queue (Azurite locally); poison messages on "{queue}-poison".</summary>
public sealed class StorageBriefJobQueue(QueueServiceClient queues, IOptions<BriefJobsOptions> options) : IBriefJobQueue
{
    public async Task EnqueueAsync(IReadOnlyCollection<BriefJob> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var queue = await QueueAsync(options.Value.Queue, cancellationToken);

        // Messages are independent; sending several at once keeps a large fan-out short.
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (job, ct) =>
        {
            await Guard(() => queue.SendMessageAsync(job.ToJson(), ct));
        });
    }

    public async Task SendToPoisonAsync(string message, string reason, long attempts, CancellationToken cancellationToken)
    {
        var poison = await QueueAsync(options.Value.PoisonQueue, cancellationToken);
        var parked = JsonSerializer.Serialize(new PoisonedJob(message, reason, attempts), BriefJobJsonContext.Default.PoisonedJob);
        await Guard(() => poison.SendMessageAsync(parked, cancellationToken));
    }

    public Task CheckAvailableAsync(CancellationToken cancellationToken) =>
        Guard(() => queues.GetQueueClient(options.Value.Queue).ExistsAsync(cancellationToken));

    private async Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken)
    {
        return await Guard(async () =>
        {
            var queue = queues.GetQueueClient(name);
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            return queue;
        });
    }

    internal static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex))
        {
            throw StorageFailures.Unavailable("Queue storage", ex);
        }
    }
}
