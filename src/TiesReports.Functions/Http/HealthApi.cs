using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;

namespace TiesReports.Functions.Http;

/// <summary>Anonymous liveness check: does storage answer?</summary>
public sealed class HealthApi(IReportStore store, IOptions<FunctionsOptions> options, ILogger<HealthApi> logger)
{
    [Function("Health")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            await store.CheckAvailableAsync(cancellationToken);
            return new JsonBodyResult<HealthReport>(StatusCodes.Status200OK, new HealthReport("healthy", "reachable"), FunctionsJsonContext.Default.HealthReport);
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("Health check: storage unavailable: {Reason}", ex.Message);
            return new ProblemResult(503, "Storage unavailable", "Storage did not answer.") { RetryAfterSeconds = options.Value.RetryAfterSeconds };
        }
    }
}
