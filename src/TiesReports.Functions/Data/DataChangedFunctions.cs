using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Core.Model;
using TiesReports.Functions.Jobs;

namespace TiesReports.Functions.Data;

/// <summary>
/// A data file changed: enqueue a refresh of this month's brief of each of its partnerships on brief-jobs, the
/// same fan-out the monthly run uses (BriefJob then hands new briefs to delivery). Two triggers, one handler: the
/// blob trigger serves local runs (Core Tools on Azurite) and is a function only in builds with
/// PollingBlobTrigger (Debug by default); on Flex Consumption, which refuses polling blob triggers, Event Grid
/// delivers BlobCreated events to the "data-changes" queue instead.
/// </summary>
public sealed class DataChangedFunctions(DataChangeScope scope, IBriefJobQueue jobs, TimeProvider clock, ILogger<DataChangedFunctions> logger)
{
#if POLLING_BLOB_TRIGGER
    [Function("DataChanged")]
#endif
    public async Task OnBlob([BlobTrigger("%DataContainer%/{name}")] Stream content, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await RefreshAsync(name, cancellationToken);
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

        await RefreshAsync(name, cancellationToken);
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

    private async Task RefreshAsync(string name, CancellationToken cancellationToken)
    {
        var partnerships = await scope.PartnershipsInAsync(name, cancellationToken);
        var month = Month.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await jobs.EnqueueAsync([.. partnerships.Select(id => new BriefJob(id, month.ToString(), Refresh: true))], cancellationToken);
        logger.LogInformation("{Name} changed: {Count} brief job(s) for {Month} enqueued", name, partnerships.Count, month);
    }
}
