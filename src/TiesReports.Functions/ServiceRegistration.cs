using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Delivery;
using TiesReports.Functions.Delivery;
using TiesReports.Functions.Jobs;
using TiesReports.Functions.Telemetry;

namespace TiesReports.Functions;

public static class ServiceRegistration
{
    private const string ConnectionName = "AzureWebJobsStorage";

    /// <summary>Everything the functions need: Azure clients, the blob store, the brief service, the job queue.</summary>
    public static IServiceCollection AddTiesReportsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        // Trigger attributes read flat app settings (%DataContainer%, %BriefJobsQueue%): those are the one
        // source of the names; the store and the job queue bind the same settings.
        services.AddBlobReportStore(configuration, ConnectionName);
        services.AddOptions<BriefJobsOptions>().Configure(o => o.Queue = configuration[BriefJobsOptions.QueueSetting] ?? o.Queue);
        services.AddOptions<QueueHostOptions>().Bind(configuration.GetSection(QueueHostOptions.SectionName));
        services.AddAzureClients(clients => clients.AddClient<QueueServiceClient, QueueClientOptions>((QueueClientOptions options, IServiceProvider _) =>
        {
            StorageServiceCollectionExtensions.ConfigureRetries(options.Retry);

            // The Functions queue trigger reads Base64 messages; writing the same keeps both sides in step.
            options.MessageEncoding = QueueMessageEncoding.Base64;
            return StorageConnection.FromConfiguration(configuration, ConnectionName).CreateQueueServiceClient(options);
        }));

        services.AddOptions<FunctionsOptions>().Bind(configuration.GetSection(FunctionsOptions.SectionName));
        services.AddOptions<LoaderOptions>().Bind(configuration.GetSection("Loader")).PostConfigure(o => o.Coverage ??= ShippedFontCoverage.Instance);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DatasetLoader(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LoaderOptions>>().Value));
        services.AddSingleton<BriefService>();
        services.AddTiesReportsTelemetry(configuration);
        services.AddSingleton<DataChangeScope>();
        services.AddSingleton<IBriefJobQueue, StorageBriefJobQueue>();
        services.AddSingleton<MonthlyBriefScheduler>();

        // Delivery to subscribers (issue 13): subscriptions, receipts and channels, and the deliveries queue.
        services.AddDelivery(configuration);
        services.AddSingleton<IDeliveryQueue, StorageDeliveryQueue>();
        services.AddSingleton<DeliveryFanOut>();
        return services;
    }
}
