namespace TiesReports.Functions.TestHost;

/// <summary>host.json's extensions.queues, with the overrides a test asked for.</summary>
internal sealed record QueueSettings(int BatchSize, int MaxDequeueCount, TimeSpan VisibilityTimeout, TimeSpan MaxPollingInterval);
