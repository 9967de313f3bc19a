using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Functions.Delivery;

namespace TiesReports.Functions.Jobs;

/// <summary>
/// Renders and stores one brief per queue message, keeping a brief already stored for the month, so a
/// message delivered twice leaves one brief. Messages that can never succeed go straight to the poison
/// queue; ones that keep failing go there after the host's last attempt, with the reason logged.
/// </summary>
public sealed class BriefJobProcessor(BriefService briefs, IBriefJobQueue queue, DeliveryFanOut deliveries, IOptions<FunctionsOptions> options, ILogger<BriefJobProcessor> logger)
{
    [Function("BriefJob")]
    public async Task Run([QueueTrigger("%BriefJobsQueue%")] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Body.ToString();
        if (!BriefJob.TryParse(text, out var job, out var month, out var reason))
        {
            logger.LogError("Brief job {MessageId} moved to the poison queue: {Reason}", message.MessageId, reason);
            await queue.SendToPoisonAsync(text, reason!, cancellationToken);
            return;
        }

        try
        {
            var outcome = await briefs.GetOrCreateAsync(new BriefRequest(job!.SubjectId, month), BriefWriteMode.KeepExisting, cancellationToken);
            logger.LogInformation("Brief job {Subject} {Month}: {Status}", job.SubjectId, month, outcome.Status);

            // Also for a brief that was already stored: a run that died before enqueuing its deliveries is completed; receipts stop repeats.
            await deliveries.EnqueueAsync(outcome, cancellationToken);
        }
        catch (Exception ex) when (ex is BriefSubjectNotFoundException or DataInvalidException or TiesReports.Layout.Rendering.DocumentTooLargeException)
        {
            // The data no longer holds this subject: retrying cannot help.
            logger.LogError("Brief job {Subject} {Month} moved to the poison queue: {Reason}", job!.SubjectId, month, ex.Message);
            await queue.SendToPoisonAsync(text, ex.Message, cancellationToken);
        }
        catch (Exception ex) when (message.DequeueCount >= options.Value.MaxDequeueCount && ex is not OperationCanceledException)
        {
            logger.LogError("Brief job {Subject} {Month} failed on its last attempt ({Attempts}); the host moves it to the poison queue: {Reason}", job!.SubjectId, month, message.DequeueCount, ex.Message);
            throw;
        }
    }
}
