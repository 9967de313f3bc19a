using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace TiesReports.Core.Storage;

/// <summary>
/// Reads a storage connection the way Azure Functions does: either a connection string under the name
/// (Azurite, "UseDevelopmentStorage=true"), or identity-based settings under "name__accountName" /
/// "name__blobServiceUri" with "name__credential" and "name__clientId". No key is ever required.
/// </summary>
public sealed record StorageConnection(string? ConnectionString, Uri? BlobServiceUri, Uri? QueueServiceUri, string? ClientId)
{
    public bool IsIdentityBased => ConnectionString is null;

    public static StorageConnection FromConfiguration(IConfiguration configuration, string name)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[name];
        if (!string.IsNullOrWhiteSpace(value))
        {
            return new StorageConnection(value, null, null, null);
        }

        var section = configuration.GetSection(name);
        var account = section["accountName"];
        var blobUri = section["blobServiceUri"] is { Length: > 0 } b ? new Uri(b) : account is null ? null : new Uri($"https://{account}.blob.core.windows.net");
        var queueUri = section["queueServiceUri"] is { Length: > 0 } q ? new Uri(q) : account is null ? null : new Uri($"https://{account}.queue.core.windows.net");
        if (blobUri is null)
        {
            throw new InvalidOperationException(
                $"No storage connection is configured: set '{name}' to a connection string, or '{name}__accountName' (or '{name}__blobServiceUri') for an identity-based connection.");
        }

        var credential = section["credential"];
        var clientId = string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase) ? section["clientId"] : null;
        return new StorageConnection(null, blobUri, queueUri, clientId);
    }

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions options) =>
        ConnectionString is not null ? new BlobServiceClient(ConnectionString, options) : new BlobServiceClient(BlobServiceUri, CreateCredential(), options);

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions options) =>
        ConnectionString is not null
            ? new QueueServiceClient(ConnectionString, options)
            : new QueueServiceClient(QueueServiceUri ?? throw new InvalidOperationException("No queue service address is configured."), CreateCredential(), options);

    private TokenCredential CreateCredential() =>
        ClientId is not null ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(ClientId)) : new DefaultAzureCredential();
}
