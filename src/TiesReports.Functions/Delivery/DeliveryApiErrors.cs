using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using TiesReports.Delivery.Subscriptions;
using TiesReports.Functions.Http;

namespace TiesReports.Functions.Delivery;

/// <summary>The briefs API's error mapping, plus subscription refusals: 422 invalid, 404 unknown subject, 409 duplicate with the existing id.</summary>
internal static class DeliveryApiErrors
{
    public static Task<IActionResult> Guard(Func<Task<IActionResult>> action, ILogger logger, int retryAfterSeconds) => ApiErrors.Guard(
        async () =>
        {
            try
            {
                return await action();
            }
            catch (SubscriptionRejectedException ex)
            {
                return ex.Rejection switch
                {
                    SubscriptionRejection.UnknownSubject => new ProblemResult(404, "Unknown partnership or place", ex.Message),
                    SubscriptionRejection.Duplicate => new ProblemResult(409, "Already subscribed", ex.Message, new Dictionary<string, object?> { ["existingId"] = ex.ExistingId }),
                    _ => new ProblemResult(422, "Invalid subscription", ex.Message),
                };
            }
        },
        logger,
        retryAfterSeconds);
}
