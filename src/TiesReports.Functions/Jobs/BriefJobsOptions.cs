namespace TiesReports.Functions.Jobs;

/// <summary>The brief-jobs queue, named by the flat app setting the queue trigger reads (%BriefJobsQueue%).</summary>
public sealed class BriefJobsOptions
{
    public const string QueueSetting = "BriefJobsQueue";

    public string Queue { get; set; } = "brief-jobs";

    /// <summary>Where a message that can never succeed is parked; the host uses the same name.</summary>
    public string PoisonQueue => Queue + "-poison";
}
