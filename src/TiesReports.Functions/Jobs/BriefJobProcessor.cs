using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Functions.Delivery;

namespace TiesReports.Functions.Jobs;

/// <summary>
/// Renders and stores one brief per queue message: the monthly run keeps a brief already stored for the month,
/// so a message delivered twice leaves one brief; a data change re-renders when the inputs changed. A message
/// that can never succeed, or fails on its last attempt, goes to the poison queue with its reason.
/// </summary>
public sealed class BriefJobProcessor(BriefService briefs, IBriefJobQueue queue, DeliveryFanOut deliveries, IOptions<QueueHostOptions> options, ILogger<BriefJobProcessor> logger)
{
    [Function("BriefJob")]
    public async Task Run([QueueTrigger("%BriefJobsQueue%")] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Body.ToString();
        if (!BriefJob.TryParse(text, out var job, out var month, out var reason))
        {
            await ParkAsync(message, text, reason!, cancellationToken);
            return;
        }

        try
        {
            var mode = job!.Refresh ? BriefWriteMode.RefreshIfChanged : BriefWriteMode.KeepExisting;
            var outcome = await briefs.GetOrCreateAsync(new BriefRequest(job.SubjectId, month, Language: TiesReports.Core.Localisation.Language.FromTag(job.Language)), mode, cancellationToken);
            logger.LogInformation("Brief job {Subject} {Month}: {Status}", job.SubjectId, month, outcome.Status);

            // Also for a brief that was already stored: a run that died before enqueuing its deliveries is completed; receipts stop repeats.
            await deliveries.EnqueueAsync(outcome, cancellationToken);
        }
        catch (Exception ex) when (ex is BriefSubjectNotFoundException or DataInvalidException or BriefTooLargeException)
        {
            // The data no longer holds this subject, or never will fit: retrying cannot help.
            await ParkAsync(message, text, ex.Message, cancellationToken);
        }
        catch (Exception ex) when (message.DequeueCount >= options.Value.MaxDequeueCount && ex is not OperationCanceledException)
        {
            // Parked here rather than by the host, so the reason stays with the message.
            logger.LogError("Brief job {Subject} {Month} failed on its last attempt ({Attempts})", job!.SubjectId, month, message.DequeueCount);
            await ParkAsync(message, text, ex.Message, cancellationToken);
        }
    }

    private async Task ParkAsync(QueueMessage message, string text, string reason, CancellationToken cancellationToken)
    {
        logger.LogError("Brief job {MessageId} moved to the poison queue: {Reason}", message.MessageId, reason);
        await queue.SendToPoisonAsync(text, reason, message.DequeueCount, cancellationToken);
    }
}
