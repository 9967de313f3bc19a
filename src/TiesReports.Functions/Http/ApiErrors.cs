using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Storage;

namespace TiesReports.Functions.Http;

/// <summary>Maps what the core throws to problem responses, so every function answers errors the same way.</summary>
internal static class ApiErrors
{
    private const int MaxListedErrors = 100;

    public static async Task<IActionResult> Guard(Func<Task<IActionResult>> action, ILogger logger, int retryAfterSeconds)
    {
        try
        {
            return await action();
        }
        catch (RequestRejectedException ex)
        {
            return new ProblemResult(ex.Status, ex.Title, ex.Message);
        }
        catch (BriefSubjectNotFoundException ex)
        {
            return new ProblemResult(404, "Unknown partnership or place", ex.Message);
        }
        catch (DataInvalidException ex)
        {
            var errors = ex.Errors.Take(MaxListedErrors).Select(DataErrorInfo.From).ToList();
            return new ProblemResult(422, "Invalid partnership data", $"The data that should hold this brief is invalid: {ex.Errors.Count} error(s).", new Dictionary<string, object?> { ["errors"] = errors });
        }
        catch (TiesReports.Layout.Rendering.DocumentTooLargeException ex)
        {
            return new ProblemResult(422, "Brief too large", ex.Message);
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("Storage unavailable: {Reason}", ex.Message);
            return new ProblemResult(503, "Storage unavailable", "Storage did not answer; try again shortly.") { RetryAfterSeconds = retryAfterSeconds };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged in full for operators; the client gets no internals.
            logger.LogError(ex, "Unexpected failure");
            return new ProblemResult(500, "Unexpected error", "The brief could not be produced. The failure was logged.");
        }
    }
}
