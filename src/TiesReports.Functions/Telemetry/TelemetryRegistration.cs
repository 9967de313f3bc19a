using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TiesReports.Briefs.Services;

namespace TiesReports.Functions.Telemetry;

/// <summary>
/// OpenTelemetry in the worker: the Functions invocation span (its parent is the host's trace context, so one trace
/// runs from the HTTP request through load, build, render and store) and the brief pipeline's own spans and metrics.
/// Exported to Application Insights only when APPLICATIONINSIGHTS_CONNECTION_STRING is set, and then with a
/// Microsoft Entra token, since the component refuses local (key) authentication. Nothing set: nothing exported.
/// </summary>
public static class TelemetryRegistration
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>"ClientId=…;Authorization=AAD": the identity the Functions host itself uses for Application Insights.</summary>
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddTiesReportsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource(BriefTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(BriefTelemetry.Name));
        if (configuration[ConnectionStringSetting] is { Length: > 0 } connectionString)
        {
            telemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                options.Credential = Credential(configuration[AuthenticationStringSetting]);
            });
        }

        return services;
    }

    /// <summary>The managed identity named by the authentication string's ClientId, or the app's system-assigned one.</summary>
    internal static TokenCredential Credential(string? authenticationString)
    {
        var clientId = (authenticationString ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .FirstOrDefault(pair => pair.Length == 2 && pair[0].Equals("ClientId", StringComparison.OrdinalIgnoreCase))?[1];
        return new ManagedIdentityCredential(clientId is { Length: > 0 } ? ManagedIdentityId.FromUserAssignedClientId(clientId) : ManagedIdentityId.SystemAssigned);
    }
}
