using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TiesReports.Delivery.Subscriptions;
using TiesReports.Functions.Http;

namespace TiesReports.Functions.Delivery;

/// <summary>The briefs API's error mapping, plus subscription refusals: 422 invalid, 404 unknown subject, 409 duplicate with the existing id.</summary>
internal static class DeliveryApiErrors
{
    public static Task<IResult> Guard(HttpRequest request, Func<Task<IResult>> action, ILogger logger, int retryAfterSeconds) => ApiErrors.Guard(
        request,
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
                    SubscriptionRejection.UnknownSubject => TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown partnership or place"),
                    SubscriptionRejection.Duplicate => TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Already subscribed", extensions: new Dictionary<string, object?> { ["existingId"] = ex.ExistingId }),
                    _ => TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid subscription"),
                };
            }
        },
        logger,
        retryAfterSeconds);
}
