using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;
using TiesReports.Functions.Jobs;

namespace TiesReports.Functions.Http;

/// <summary>Anonymous liveness check: do blob storage and queue storage each answer? Never names an account or key.</summary>
public sealed class HealthApi(IReportStore store, IBriefJobQueue jobs, IOptions<FunctionsOptions> options, ILogger<HealthApi> logger)
{
    [Function("Health")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = await Task.WhenAll(Probe("Blob storage", () => store.CheckAvailableAsync(cancellationToken)), Probe("Queue storage", () => jobs.CheckAvailableAsync(cancellationToken)));
        var (blob, queue) = (checks[0], checks[1]);
        var healthy = blob && queue;
        if (!healthy)
        {
            request.HttpContext.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var report = new HealthReport(healthy ? "healthy" : "unhealthy", State(blob), State(queue));
        return TypedResults.Json(report, FunctionsJsonContext.Default.HealthReport, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static string State(bool reachable) => reachable ? "reachable" : "unreachable";

    private async Task<bool> Probe(string part, Func<Task> check)
    {
        try
        {
            await check();
            return true;
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("Health check: {Part} unavailable: {Reason}", part, ex.Message);
            return false;
        }
    }
}
