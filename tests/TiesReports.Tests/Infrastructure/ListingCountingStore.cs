using TiesReports.Core.Storage;

namespace TiesReports.Tests.Infrastructure;

/// <summary>A store that counts how often the data area is listed; everything goes to the inner store.</summary>
public sealed class ListingCountingStore(IReportStore inner) : IReportStore
{
    private int _dataListings;

    public int DataListings => Volatile.Read(ref _dataListings);

    public string Describe(StoreArea area, string name) => inner.Describe(area, name);

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(StoreArea area, string? prefix, CancellationToken cancellationToken)
    {
        if (area == StoreArea.Data)
        {
            Interlocked.Increment(ref _dataListings);
        }

        return inner.ListAsync(area, prefix, cancellationToken);
    }

    public Task<StoredObjectPage> ListPageAsync(StoreArea area, string? prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        if (area == StoreArea.Data)
        {
            Interlocked.Increment(ref _dataListings);
        }

        return inner.ListPageAsync(area, prefix, pageSize, continuationToken, cancellationToken);
    }

    public Task<StoredObjectInfo?> GetInfoAsync(StoreArea area, string name, CancellationToken cancellationToken) => inner.GetInfoAsync(area, name, cancellationToken);

    public Task<StoredObject?> ReadAsync(StoreArea area, string name, CancellationToken cancellationToken) => inner.ReadAsync(area, name, cancellationToken);

    public Task<StoredObject?> ReadAsync(StoreArea area, string name, long maxBytes, CancellationToken cancellationToken) => inner.ReadAsync(area, name, maxBytes, cancellationToken);

    public Task<WriteResult> WriteAsync(StoreArea area, string name, ReadOnlyMemory<byte> content, WriteRequest request, CancellationToken cancellationToken) =>
        inner.WriteAsync(area, name, content, request, cancellationToken);

    public Task CheckAvailableAsync(CancellationToken cancellationToken) => inner.CheckAvailableAsync(cancellationToken);
}
