using System.Globalization;
using System.Text.Json;

namespace TiesReports.Functions.TestHost;

/// <summary>The parts of host.json this host honours: the HTTP route prefix and the queue options.</summary>
internal sealed record HostSettings(string RoutePrefix, QueueSettings Queues)
{
    public static HostSettings Read(string appDirectory, TestHostOptions options)
    {
        var path = Path.Combine(appDirectory, "host.json");
        using var document = JsonDocument.Parse(File.Exists(path) ? File.ReadAllText(path) : "{}", new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var extensions = document.RootElement.TryGetProperty("extensions", out var e) ? e : default;
        var http = Section(extensions, "http");
        var queues = Section(extensions, "queues");

        // Defaults are the Functions host's own.
        var prefix = http.ValueKind == JsonValueKind.Object && http.TryGetProperty("routePrefix", out var p) ? p.GetString() ?? "api" : "api";
        var settings = new QueueSettings(
            BatchSize: Int(queues, "batchSize") ?? 16,
            MaxDequeueCount: Int(queues, "maxDequeueCount") ?? 5,
            VisibilityTimeout: options.QueueVisibilityTimeout ?? Time(queues, "visibilityTimeout") ?? TimeSpan.Zero,
            MaxPollingInterval: options.QueueMaxPollingInterval ?? Time(queues, "maxPollingInterval") ?? TimeSpan.FromMinutes(1));
        return new HostSettings(prefix.Trim('/'), settings);
    }

    private static JsonElement Section(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var section) ? section : default;

    private static int? Int(JsonElement section, string name) =>
        section.ValueKind == JsonValueKind.Object && section.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    private static TimeSpan? Time(JsonElement section, string name) =>
        section.ValueKind == JsonValueKind.Object && section.TryGetProperty(name, out var v) ? TimeSpan.Parse(v.GetString()!, CultureInfo.InvariantCulture) : null;
}
