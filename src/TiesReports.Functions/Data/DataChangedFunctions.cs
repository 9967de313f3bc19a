using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Functions.Delivery;

namespace TiesReports.Functions.Data;

/// <summary>
/// A data file changed: re-render this month's briefs of its partnerships. Two triggers, one handler:
/// the blob trigger serves local runs (Core Tools on Azurite) and is a function only in builds with
/// PollingBlobTrigger (Debug by default); on Flex Consumption, which refuses polling blob triggers, Event Grid
/// delivers BlobCreated events to the "data-changes" queue instead.
/// </summary>
public sealed class DataChangedFunctions(DataChangeRegenerator regenerator, DeliveryFanOut deliveries, ILogger<DataChangedFunctions> logger)
{
#if POLLING_BLOB_TRIGGER
    [Function("DataChanged")]
#endif
    public async Task OnBlob([BlobTrigger("%DataContainer%/{name}")] Stream content, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await RegenerateAndDeliverAsync(name, cancellationToken);
    }

    [Function("DataChangedEvent")]
    public async Task OnEvent([QueueTrigger("%DataChangesQueue%")] string eventJson, CancellationToken cancellationToken)
    {
        var name = BlobNameOf(eventJson);
        if (name is null)
        {
            logger.LogWarning("Ignoring a data-change message that is not a Blob Storage event");
            return;
        }

        await RegenerateAndDeliverAsync(name, cancellationToken);
    }

    // A re-rendered brief (new inputs) is news to its subscribers; an unchanged one is not.
    private async Task RegenerateAndDeliverAsync(string name, CancellationToken cancellationToken)
    {
        foreach (var outcome in await regenerator.RegenerateAsync(name, cancellationToken))
        {
            if (outcome.Status == BriefStatus.Rendered)
            {
                await deliveries.EnqueueAsync(outcome, cancellationToken);
            }
        }
    }

    /// <summary>The blob name from an Event Grid event's subject ("/blobServices/default/containers/data/blobs/x.json").</summary>
    internal static string? BlobNameOf(string eventJson)
    {
        try
        {
            using var document = JsonDocument.Parse(eventJson);
            var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
            var subject = root.TryGetProperty("subject", out var s) ? s.GetString() : null;
            const string Marker = "/blobs/";
            var at = subject?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
            return at < 0 ? null : subject![(at + Marker.Length)..];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
