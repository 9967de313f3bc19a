namespace TiesReports.Functions.Jobs;

/// <summary>The queue the monthly run fans out on; Azure Functions spreads its messages over instances.</summary>
public interface IBriefJobQueue
{
    Task EnqueueAsync(IReadOnlyCollection<BriefJob> jobs, CancellationToken cancellationToken);

    /// <summary>Parks a message that can never succeed, with the reason, without retrying it.</summary>
    Task SendToPoisonAsync(string message, string reason, CancellationToken cancellationToken);
}
