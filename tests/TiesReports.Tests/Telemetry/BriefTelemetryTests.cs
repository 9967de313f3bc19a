using System.Diagnostics;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Functions;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Telemetry;

/// <summary>
/// The worker's telemetry wiring (the Functions app's own registration, on Azurite) seen through in-memory
/// exporters: one brief request is one trace with a span per step, and render time and size are metrics.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BriefTelemetryTests(AzuriteFixture azurite)
{
    // Stands in for the worker's invocation span, which only the real worker's middleware starts.
    private static readonly ActivitySource Invocation = new("TiesReports.Tests.Invocation");

    [Fact]
    public async Task OneBriefRequest_IsOneTrace_WithLoadBuildRenderAndStoreUnderTheBriefSpan()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), configure: services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(Invocation.Name).AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
        var tracer = app.Services.GetRequiredService<TracerProvider>();
        var meter = app.Services.GetRequiredService<MeterProvider>();
        await app.SeedAsync();

        BriefOutcome outcome;
        ActivityTraceId trace;
        using (var invocation = Invocation.StartActivity("GetBrief"))
        {
            trace = invocation!.TraceId;
            outcome = await app.Briefs.GetOrCreateAsync(new BriefRequest("dalian-arkhangelsk", new Month(2026, 11)), BriefWriteMode.RefreshIfChanged, CancellationToken.None);
        }

        tracer.ForceFlush();
        meter.ForceFlush();
        var ours = spans.Where(s => s.TraceId == trace).ToList();
        var root = Assert.Single(ours, s => s.DisplayName == "GetBrief");
        var brief = Assert.Single(ours, s => s.DisplayName == "brief");
        Assert.Equal(root.SpanId, brief.ParentSpanId);
        Assert.Equal("dalian-arkhangelsk", brief.GetTagItem("tiesreports.brief.subject"));
        Assert.Equal("rendered", brief.GetTagItem("tiesreports.brief.status"));
        foreach (var step in new[] { "brief.load", "brief.build", "brief.render", "brief.store" })
        {
            Assert.Contains(ours, s => s.DisplayName == step && s.ParentSpanId == brief.SpanId);
        }

        var render = Assert.Single(ours, s => s.DisplayName == "brief.render");
        Assert.Equal(outcome.Content!.Value.Length, render.GetTagItem("tiesreports.brief.bytes"));
        Assert.Equal(["model", "pdf"], ours.Where(s => s.DisplayName == "brief.store").Select(s => s.GetTagItem("tiesreports.store.object")).Order());
        Assert.True(HistogramCount(metrics, "tiesreports.brief.render.duration") >= 1);
        Assert.True(HistogramSum(metrics, "tiesreports.brief.pdf.size") >= outcome.Content!.Value.Length);
    }

    [Fact]
    public void NothingConfigured_RegistersNoExporter()
    {
        using var services = Services([]);

        Assert.Empty(services.GetServices<IConfigureOptions<AzureMonitorExporterOptions>>());
    }

    [Fact]
    public void InAzure_ExportsToApplicationInsights_WithTheManagedIdentityTheSettingsName()
    {
        using var services = Services(
        [
            // A made-up key, assembled at run time so the repository holds no literal one.
            ("APPLICATIONINSIGHTS_CONNECTION_STRING", $"InstrumentationKey={Guid.Empty};IngestionEndpoint=https://example.invalid/"),
            ("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "ClientId=11111111-1111-1111-1111-111111111111;Authorization=AAD"),
        ]);

        var options = services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);

        Assert.StartsWith("InstrumentationKey=00000000", options.ConnectionString, StringComparison.Ordinal);
        Assert.IsType<ManagedIdentityCredential>(options.Credential);
    }

    private static ServiceProvider Services(IEnumerable<(string Key, string Value)> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ServiceCollection().AddTiesReportsFunctions(configuration).BuildServiceProvider();
    }

    private static long HistogramCount(List<MetricSnapshot> metrics, string name) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).Sum(p => p.GetHistogramCount());

    private static double HistogramSum(List<MetricSnapshot> metrics, string name) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).Sum(p => p.GetHistogramSum());
}
