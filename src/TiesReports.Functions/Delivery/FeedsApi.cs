using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Core.Loading;
using TiesReports.Delivery.Feeds;
using TiesReports.Functions.Http;

namespace TiesReports.Functions.Delivery;

/// <summary>An Atom feed of a subject's stored briefs; feed readers pass the function key as ?code=.</summary>
public sealed class FeedsApi(BriefFeedBuilder feeds, IOptions<FunctionsOptions> options, ILogger<FeedsApi> logger)
{
    [Function("GetFeed")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "feeds/{subject}")] HttpRequest request,
        string subject,
        CancellationToken cancellationToken) => DeliveryApiErrors.Guard(
        request,
        async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            if (SafeId.Check(subject) is { } reason)
            {
                throw new RequestRejectedException(400, "Invalid id", reason);
            }

            var feed = await feeds.BuildAsync(subject, request.Query["code"].ToString(), cancellationToken)
                ?? throw new RequestRejectedException(404, "Unknown partnership or place", $"No partnership or place has the id '{subject}', and no brief is stored for it.");
            return TypedResults.Bytes(feed, BriefFeedBuilder.ContentType);
        },
        logger,
        options.Value.RetryAfterSeconds);
}
