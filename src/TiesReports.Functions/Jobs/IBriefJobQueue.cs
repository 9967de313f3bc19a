namespace TiesReports.Functions.Jobs;

/// <summary>The queue the monthly run and data changes fan out on; Azure Functions spreads its messages over instances.</summary>
public interface IBriefJobQueue
{
    Task EnqueueAsync(IReadOnlyCollection<BriefJob> jobs, CancellationToken cancellationToken);

    /// <summary>Parks a message that will not succeed on the poison queue, with the reason, as a <see cref="PoisonedJob"/>.</summary>
    Task SendToPoisonAsync(string message, string reason, long attempts, CancellationToken cancellationToken);

    /// <summary>Throws StorageUnavailableException when queue storage does not answer.</summary>
    Task CheckAvailableAsync(CancellationToken cancellationToken);
}
