namespace TiesReports.Core.Storage;

/// <summary>
/// Where partnership data is read from and briefs are written to: a local folder or Azure Blob Storage.
/// Writes are atomic: a reader sees the old object or the new one, never part of one.
/// </summary>
public interface IReportStore
{
    /// <summary>How errors and logs should call an object ("seeds/dalian.json", "blob data/dalian.json").</summary>
    string Describe(StoreArea area, string name);

    Task<IReadOnlyList<StoredObjectInfo>> ListAsync(StoreArea area, string? prefix, CancellationToken cancellationToken);

    /// <summary>
    /// One page of at most <paramref name="pageSize"/> objects whose names start with <paramref name="prefix"/>,
    /// filtered by the storage itself (a blob prefix listing, a folder walk that starts at the prefix's folder).
    /// Throws <see cref="InvalidContinuationTokenException"/> for a token this listing did not hand out.
    /// </summary>
    Task<StoredObjectPage> ListPageAsync(StoreArea area, string? prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<StoredObjectInfo?> GetInfoAsync(StoreArea area, string name, CancellationToken cancellationToken);

    Task<StoredObject?> ReadAsync(StoreArea area, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Reads an object of at most <paramref name="maxBytes"/>, streaming, and throws
    /// <see cref="StoredObjectTooLargeException"/> without reading further when it is larger.
    /// </summary>
    Task<StoredObject?> ReadAsync(StoreArea area, string name, long maxBytes, CancellationToken cancellationToken);

    Task<WriteResult> WriteAsync(StoreArea area, string name, ReadOnlyMemory<byte> content, WriteRequest request, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="StorageUnavailableException"/> when the store does not answer.</summary>
    Task CheckAvailableAsync(CancellationToken cancellationToken);
}
