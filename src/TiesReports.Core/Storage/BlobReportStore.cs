using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace TiesReports.Core.Storage;

/// <summary>
/// A store on Azure Blob Storage (or Azurite). Each write is one Put Blob request, which the service
/// commits atomically; conditions map to If-None-Match: * and If-Match.
/// </summary>
public sealed class BlobReportStore : IReportStore
{
    private readonly BlobServiceClient _service;
    private readonly BlobStoreOptions _options;
    private volatile bool _containersReady;

    public BlobReportStore(BlobServiceClient service, IOptions<BlobStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _service = service;
        _options = options.Value;
    }

    public string Describe(StoreArea area, string name) => $"blob {ContainerName(area)}/{name}";

    public async Task<IReadOnlyList<StoredObjectInfo>> ListAsync(StoreArea area, string? prefix, CancellationToken cancellationToken)
    {
        return await Guard(async () =>
        {
            await EnsureContainersAsync(cancellationToken);
            var items = new List<StoredObjectInfo>();
            await foreach (var blob in Container(area).GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
            {
                AddIfSafe(items, blob);
            }

            return (IReadOnlyList<StoredObjectInfo>)items;
        });
    }

    public async Task<StoredObjectPage> ListPageAsync(StoreArea area, string? prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var marker = continuationToken is null ? null : ContinuationTokens.Read(continuationToken, prefix);
        return await Guard(async () =>
        {
            await EnsureContainersAsync(cancellationToken);
            try
            {
                // One List Blobs request: the service filters by prefix and resumes at its own marker.
                await foreach (var page in Container(area).GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken).AsPages(marker, pageSize))
                {
                    var items = new List<StoredObjectInfo>();
                    foreach (var blob in page.Values)
                    {
                        AddIfSafe(items, blob);
                    }

                    return new StoredObjectPage(items, string.IsNullOrEmpty(page.ContinuationToken) ? null : ContinuationTokens.Create(prefix, page.ContinuationToken));
                }

                return new StoredObjectPage([], null);
            }
            catch (RequestFailedException ex) when (ex.Status == 400 && marker is not null)
            {
                throw new InvalidContinuationTokenException("Storage refused the continuation token.", ex);
            }
        });
    }

    public async Task<StoredObjectInfo?> GetInfoAsync(StoreArea area, string name, CancellationToken cancellationToken)
    {
        StoreNames.Validate(name);
        return await Guard(async () =>
        {
            await EnsureContainersAsync(cancellationToken);
            try
            {
                var properties = await Container(area).GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken);
                return ToInfo(name, properties.Value);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        });
    }

    public async Task<StoredObject?> ReadAsync(StoreArea area, string name, CancellationToken cancellationToken)
    {
        StoreNames.Validate(name);
        return await Guard(async () =>
        {
            await EnsureContainersAsync(cancellationToken);
            try
            {
                var result = await Container(area).GetBlobClient(name).DownloadContentAsync(cancellationToken);
                var details = result.Value.Details;
                var info = new StoredObjectInfo(
                    name,
                    details.ContentLength,
                    details.LastModified,
                    details.ETag.ToString("H"),
                    new Dictionary<string, string>(details.Metadata, StringComparer.Ordinal));
                return new StoredObject(info, result.Value.Content.ToMemory());
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        });
    }

    public async Task<StoredObject?> ReadAsync(StoreArea area, string name, long maxBytes, CancellationToken cancellationToken)
    {
        StoreNames.Validate(name);
        return await Guard(async () =>
        {
            await EnsureContainersAsync(cancellationToken);
            var blob = Container(area).GetBlobClient(name);
            try
            {
                // The response headers carry the length before the body is read; a larger blob is refused
                // there, and the body is read with the cap in any case.
                var result = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
                var details = result.Value.Details;
                await using var body = result.Value.Content;
                if (details.ContentLength > maxBytes)
                {
                    throw new StoredObjectTooLargeException(Describe(area, name), details.ContentLength, maxBytes);
                }

                var content = await BoundedRead.ReadAllAsync(body, Describe(area, name), details.ContentLength, maxBytes, cancellationToken);
                var info = new StoredObjectInfo(
                    name,
                    content.Length,
                    details.LastModified,
                    details.ETag.ToString("H"),
                    new Dictionary<string, string>(details.Metadata, StringComparer.Ordinal));
                return new StoredObject(info, content);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        });
    }

    public async Task<WriteResult> WriteAsync(StoreArea area, string name, ReadOnlyMemory<byte> content, WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        StoreNames.Validate(name);
        if (content.Length > _options.SingleUploadLimitBytes)
        {
            throw new ArgumentException($"Content of {content.Length:N0} bytes exceeds the single-request limit of {_options.SingleUploadLimitBytes:N0} bytes.", nameof(content));
        }

        return await Guard(async () =>
        {
            await EnsureContainersAsync(cancellationToken);
            var blob = Container(area).GetBlobClient(name);
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = request.ContentType },
                Metadata = request.Metadata?.ToDictionary(StringComparer.Ordinal),
                Conditions = request.Condition switch
                {
                    WriteCondition.CreateIfAbsent => new BlobRequestConditions { IfNoneMatch = ETag.All },
                    WriteCondition.IfMatch => new BlobRequestConditions { IfMatch = new ETag(request.ETag ?? "\"\"") },
                    _ => null,
                },
                TransferOptions = new StorageTransferOptions
                {
                    // One request for the whole blob: no uncommitted blocks, no partial state.
                    InitialTransferSize = _options.SingleUploadLimitBytes,
                    MaximumTransferSize = _options.SingleUploadLimitBytes,
                },
            };

            try
            {
                await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                return new WriteResult(false, await GetInfoAsync(area, name, cancellationToken));
            }

            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return new WriteResult(true, ToInfo(name, properties.Value));
        });
    }

    public async Task CheckAvailableAsync(CancellationToken cancellationToken)
    {
        await Guard(async () =>
        {
            await Container(StoreArea.Data).ExistsAsync(cancellationToken);
            return true;
        });
    }

    private string ContainerName(StoreArea area) => area == StoreArea.Data ? _options.DataContainer : _options.BriefsContainer;

    private BlobContainerClient Container(StoreArea area) => _service.GetBlobContainerClient(ContainerName(area));

    private async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        // Creating is idempotent, so a race only costs a request; a failure leaves the flag unset to retry later.
        if (_containersReady)
        {
            return;
        }

        await Container(StoreArea.Data).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Container(StoreArea.Briefs).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containersReady = true;
    }

    private static void AddIfSafe(List<StoredObjectInfo> items, BlobItem blob)
    {
        if (StoreNames.Check(blob.Name) is null)
        {
            items.Add(new StoredObjectInfo(
                blob.Name,
                blob.Properties.ContentLength ?? 0,
                blob.Properties.LastModified ?? DateTimeOffset.MinValue,
                blob.Properties.ETag?.ToString("H") ?? "",
                new Dictionary<string, string>(blob.Metadata, StringComparer.Ordinal)));
        }
    }

    private static StoredObjectInfo ToInfo(string name, BlobProperties properties) => new(
        name,
        properties.ContentLength,
        properties.LastModified,
        properties.ETag.ToString("H"),
        new Dictionary<string, string>(properties.Metadata, StringComparer.Ordinal));

    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            try
            {
                return await action();
            }
            catch (RequestFailedException ex) when (ex.ErrorCode == "ContainerNotFound" && _containersReady)
            {
                // The containers went away (a re-created account, an emulator restart): create them again, once.
                _containersReady = false;
                return await action();
            }
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex))
        {
            throw StorageFailures.Unavailable("Blob storage", ex);
        }
    }
}
