using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Delivery;
using TiesReports.Functions.Delivery;
using TiesReports.Functions.Jobs;

namespace TiesReports.Functions;

public static class ServiceRegistration
{
    /// <summary>Everything the functions need: Azure clients, the blob store, the brief service, the job queue.</summary>
    public static IServiceCollection AddTiesReportsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBlobReportStore(configuration);

        // Trigger attributes read flat app settings (%BriefJobsQueue%, %DataContainer%); the store follows them.
        services.PostConfigure<BlobStoreOptions>(o =>
        {
            o.JobsQueue = configuration["BriefJobsQueue"] ?? o.JobsQueue;
            o.DataContainer = configuration["DataContainer"] ?? o.DataContainer;
            o.BriefsContainer = configuration["BriefsContainer"] ?? o.BriefsContainer;
        });
        services.AddOptions<FunctionsOptions>().Bind(configuration.GetSection(FunctionsOptions.SectionName));
        services.AddOptions<LoaderOptions>().Bind(configuration.GetSection("Loader")).PostConfigure(o => o.Coverage ??= ShippedFontCoverage.Instance);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DatasetLoader(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LoaderOptions>>().Value));
        services.AddSingleton<BriefService>();
        services.AddSingleton<DataChangeRegenerator>();
        services.AddSingleton<IBriefJobQueue, StorageBriefJobQueue>();
        services.AddSingleton<MonthlyBriefScheduler>();

        // Delivery to subscribers (issue 13): subscriptions, receipts and channels, and the deliveries queue.
        services.AddDelivery(configuration);
        services.AddSingleton<IDeliveryQueue, StorageDeliveryQueue>();
        services.AddSingleton<DeliveryFanOut>();
        return services;
    }
}
