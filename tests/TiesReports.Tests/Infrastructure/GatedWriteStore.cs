using TiesReports.Core.Storage;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// A store whose first brief write waits until the test lets it fail, so a test can cancel the only waiter of
/// a rendering first and make that rendering fail afterwards. Everything else goes to the inner store.
/// </summary>
public sealed class GatedWriteStore(IReportStore inner) : IReportStore
{
    // Continuations run inline when the gate fails (no RunContinuationsAsynchronously), so the failure has
    // fully propagated by the time FailGatedWrite returns.
    private readonly TaskCompletionSource<WriteResult> _gate = new();
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _gated;

    /// <summary>Completes when the first brief write has arrived and is held.</summary>
    public Task GatedWriteReached => _reached.Task;

    public void FailGatedWrite(Exception failure) => _gate.SetException(failure);

    public string Describe(StoreArea area, string name) => inner.Describe(area, name);

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(StoreArea area, string? prefix, CancellationToken cancellationToken) => inner.ListAsync(area, prefix, cancellationToken);

    public Task<StoredObjectPage> ListPageAsync(StoreArea area, string? prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        inner.ListPageAsync(area, prefix, pageSize, continuationToken, cancellationToken);

    public Task<StoredObjectInfo?> GetInfoAsync(StoreArea area, string name, CancellationToken cancellationToken) => inner.GetInfoAsync(area, name, cancellationToken);

    public Task<StoredObject?> ReadAsync(StoreArea area, string name, CancellationToken cancellationToken) => inner.ReadAsync(area, name, cancellationToken);

    public Task<StoredObject?> ReadAsync(StoreArea area, string name, long maxBytes, CancellationToken cancellationToken) => inner.ReadAsync(area, name, maxBytes, cancellationToken);

    public Task<WriteResult> WriteAsync(StoreArea area, string name, ReadOnlyMemory<byte> content, WriteRequest request, CancellationToken cancellationToken)
    {
        if (area == StoreArea.Briefs && Interlocked.Exchange(ref _gated, 1) == 0)
        {
            _reached.SetResult();
            return _gate.Task;
        }

        return inner.WriteAsync(area, name, content, request, cancellationToken);
    }

    public Task CheckAvailableAsync(CancellationToken cancellationToken) => inner.CheckAvailableAsync(cancellationToken);
}
