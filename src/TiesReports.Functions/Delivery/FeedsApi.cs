using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Delivery.Feeds;
using TiesReports.Functions.Http;

namespace TiesReports.Functions.Delivery;

/// <summary>
/// An Atom feed of a subject's stored briefs in one language (<c>?lang=</c>, English without it; a language briefs
/// are not written in is 406, as for briefs); feed readers pass the function key as ?code=.
/// </summary>
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

            var asked = request.Query["lang"].ToString();
            var language = asked.Length == 0
                ? Language.English
                : Language.Match(asked) ?? throw new RequestRejectedException(406, "Language not available", $"Briefs are written in {Language.SupportedTags}; '{asked}' is not one of them.");
            var feed = await feeds.BuildAsync(subject, request.Query["code"].ToString(), language, cancellationToken)
                ?? throw new RequestRejectedException(404, "Unknown partnership or place", $"No partnership or place has the id '{subject}', and no brief is stored for it.");
            return TypedResults.Bytes(feed, BriefFeedBuilder.ContentType);
        },
        logger,
        options.Value.RetryAfterSeconds);
}
