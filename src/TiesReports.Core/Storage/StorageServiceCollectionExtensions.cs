using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TiesReports.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Azure clients (through Microsoft.Extensions.Azure) and the blob-backed <see cref="IReportStore"/>.
    /// The connection is read from <paramref name="connectionName"/> in either of its forms (see <see cref="StorageConnection"/>),
    /// the container names from the flat settings (see <see cref="BlobStoreOptions"/>).
    /// </summary>
    public static IServiceCollection AddBlobReportStore(this IServiceCollection services, IConfiguration configuration, string connectionName = "AzureWebJobsStorage")
    {
        services.AddOptions<BlobStoreOptions>().Bind(configuration);
        services.AddAzureClients(clients =>
        {
            clients.AddClient<BlobServiceClient, BlobClientOptions>((BlobClientOptions options, IServiceProvider _) =>
            {
                ConfigureRetries(options.Retry);
                return StorageConnection.FromConfiguration(configuration, connectionName).CreateBlobServiceClient(options);
            });
        });
        services.AddSingleton<IReportStore, BlobReportStore>();
        return services;
    }

    /// <summary>
    /// Short, bounded retries for every storage client (blobs here, queues in the Functions app): an outage
    /// should surface as 503 within seconds, not hang a request.
    /// </summary>
    public static void ConfigureRetries(RetryOptions retry)
    {
        retry.MaxRetries = 2;
        retry.Mode = RetryMode.Exponential;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(2);
        retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
