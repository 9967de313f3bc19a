using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Storage;

namespace TiesReports.Functions.Http;

/// <summary>Maps what the core throws to RFC 9457 problem responses, so every function answers errors the same way.</summary>
internal static class ApiErrors
{
    private const int MaxListedErrors = 100;

    public static async Task<IResult> Guard(HttpRequest request, Func<Task<IResult>> action, ILogger logger, int retryAfterSeconds)
    {
        try
        {
            return await action();
        }
        catch (RequestRejectedException ex)
        {
            return Problem(ex.Status, ex.Title, ex.Message);
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid continuation", ex.Message + " Start again without one.");
        }
        catch (BriefSubjectNotFoundException ex)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown partnership or place", ex.Message);
        }
        catch (DataInvalidException ex)
        {
            // The loader's errors travel as extension members: the first hundred, and how many there are.
            return Problem(
                StatusCodes.Status422UnprocessableEntity,
                "Invalid partnership data",
                $"The data that should hold this brief is invalid: {ex.Errors.Count} error(s).",
                new Dictionary<string, object?>
                {
                    ["errors"] = ex.Errors.Take(MaxListedErrors).Select(DataErrorInfo.From).ToList(),
                    ["errorCount"] = ex.Errors.Count,
                });
        }
        catch (BriefTooLargeException ex)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Brief too large", ex.Message);
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("Storage unavailable: {Reason}", ex.Message);
            return Unavailable(request, retryAfterSeconds, "Storage did not answer; try again shortly.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged in full for operators; the client gets no internals.
            logger.LogError(ex, "Unexpected failure");
            return Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The brief could not be produced. The failure was logged.");
        }
    }

    /// <summary>503 with Retry-After.</summary>
    public static ProblemHttpResult Unavailable(HttpRequest request, int retryAfterSeconds, string detail)
    {
        request.HttpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "Storage unavailable", detail);
    }

    /// <summary>
    /// The framework's problem result (written asynchronously, application/problem+json). Its type is left to the
    /// framework, which points it at the RFC 9110 section that documents the status.
    /// </summary>
    private static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
