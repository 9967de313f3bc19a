namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// Test classes that each start a worker process run one after another, so at most one worker (and its
/// Azurite) competes for the CPU with the rest of the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkerCollection
{
    public const string Name = "Worker processes";
}
