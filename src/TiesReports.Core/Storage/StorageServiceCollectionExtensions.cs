using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TiesReports.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Azure clients (through Microsoft.Extensions.Azure) and the blob-backed <see cref="IReportStore"/>.
    /// The connection is read from <paramref name="connectionName"/> in either of its forms (see <see cref="StorageConnection"/>).
    /// </summary>
    public static IServiceCollection AddBlobReportStore(this IServiceCollection services, IConfiguration configuration, string connectionName = "AzureWebJobsStorage")
    {
        services.AddOptions<BlobStoreOptions>().Bind(configuration.GetSection(BlobStoreOptions.SectionName));
        services.AddAzureClients(clients =>
        {
            clients.AddClient<BlobServiceClient, BlobClientOptions>((BlobClientOptions options, IServiceProvider _) =>
            {
                ConfigureRetries(options.Retry);
                return StorageConnection.FromConfiguration(configuration, connectionName).CreateBlobServiceClient(options);
            });
            clients.AddClient<QueueServiceClient, QueueClientOptions>((QueueClientOptions options, IServiceProvider _) =>
            {
                ConfigureRetries(options.Retry);

                // The Functions queue trigger reads Base64 messages; writing the same keeps both sides in step.
                options.MessageEncoding = QueueMessageEncoding.Base64;
                return StorageConnection.FromConfiguration(configuration, connectionName).CreateQueueServiceClient(options);
            });
        });
        services.AddSingleton<IReportStore, BlobReportStore>();
        return services;
    }

    // Short, bounded retries: an outage should surface as 503 within seconds, not hang a request.
    private static void ConfigureRetries(RetryOptions retry)
    {
        retry.MaxRetries = 2;
        retry.Mode = RetryMode.Exponential;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(2);
        retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
