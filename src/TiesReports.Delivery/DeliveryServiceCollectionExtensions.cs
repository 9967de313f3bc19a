using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TiesReports.Delivery.Feeds;
using TiesReports.Delivery.Planning;
using TiesReports.Delivery.Receipts;
using TiesReports.Delivery.Sending;
using TiesReports.Delivery.Subscriptions;
using TiesReports.Delivery.Targets;

namespace TiesReports.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers delivery: the Table Storage client (same connection as blobs and queues), subscriptions,
    /// receipts, the webhook and e-mail channels, the planner and the feed builder. Expects a BriefService.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration, string connectionName = "AzureWebJobsStorage")
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .Validate(o => o.MaxAttempts >= 1 && o.PauseAfterFailedMonths >= 1 && o.RetryBaseSeconds >= 0 && o.WebhookTimeoutSeconds > 0 && o.MaxResponseBytes > 0, "Delivery settings out of range: MaxAttempts and PauseAfterFailedMonths ≥ 1, RetryBaseSeconds ≥ 0, WebhookTimeoutSeconds and MaxResponseBytes > 0.")
            .Validate(o => o.PublicBaseUrl is null || o.PublicBaseUrl.IsAbsoluteUri, "Delivery:PublicBaseUrl must be an absolute URL.");
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddAzureClients(clients => clients.AddClient<TableServiceClient, TableClientOptions>((TableClientOptions options, IServiceProvider _) =>
        {
            options.Retry.MaxRetries = 2;
            options.Retry.Mode = RetryMode.Exponential;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200);
            options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
            return CreateTableServiceClient(configuration, connectionName, options);
        }));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<ReceiptStore>();
        services.AddSingleton<TargetGuard>();
        services.AddSingleton<DeliveryLinks>();
        services.AddSingleton<SubscriptionService>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<IDeliverySender, WebhookSender>();
        services.AddSingleton<IDeliverySender, EmailSender>();
        services.AddSingleton<DeliveryService>();
        services.AddSingleton<DeliveryPlanner>();
        services.AddSingleton<BriefFeedBuilder>();
        return services;
    }

    /// <summary>
    /// A Table Storage client from the connection named like the Functions host reads it: a connection
    /// string, or identity-based "{name}__tableServiceUri" / "{name}__accountName" with the user-assigned identity.
    /// </summary>
    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration, string connectionName, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new TableServiceClient(connectionString, options);
        }

        var section = configuration.GetSection(connectionName);
        var uri = section["tableServiceUri"] is { Length: > 0 } t ? new Uri(t)
            : section["accountName"] is { Length: > 0 } account ? new Uri($"https://{account}.table.core.windows.net")
            : throw new InvalidOperationException($"No storage connection for tables: set '{connectionName}' or '{connectionName}__accountName' (or '{connectionName}__tableServiceUri').");
        TokenCredential credential = string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase) && section["clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        return new TableServiceClient(uri, credential, options);
    }
}
