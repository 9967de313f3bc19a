using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Delivery;

namespace TiesReports.Cli;

/// <summary>
/// The delivery services on a storage account (or Azurite), wired the way the Functions app wires them,
/// so the CLI's subscriptions are the same rows the app delivers to.
/// </summary>
internal static class DeliveryServices
{
    public static ServiceProvider Create(string? connectionString, string dataContainer, string briefsContainer, bool allowPrivateTargets)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = CommonOptions.RequireConnectionString(connectionString),
            ["DataContainer"] = dataContainer,
            ["BriefsContainer"] = briefsContainer,
            ["Delivery:AllowPrivateTargets"] = allowPrivateTargets ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBlobReportStore(configuration);
        services.AddSingleton(new DatasetLoader());
        services.AddSingleton<BriefService>();
        services.AddDelivery(configuration);
        return services.BuildServiceProvider();
    }
}
