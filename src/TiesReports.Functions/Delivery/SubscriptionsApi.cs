using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TiesReports.Core.Loading;
using TiesReports.Delivery;
using TiesReports.Delivery.Subscriptions;
using TiesReports.Functions.Http;

namespace TiesReports.Functions.Delivery;

/// <summary>
/// Subscriptions: create (the signing secret is returned once), list (paged), read with delivery status,
/// delete, resume after a pause; and the anonymous one-click unsubscribe that e-mails link to (RFC 8058:
/// mail clients POST; a person's click GETs a page with one button), authorised by its signed token instead of a key.
/// </summary>
public sealed partial class SubscriptionsApi(SubscriptionService subscriptions, DeliveryLinks links, IOptions<FunctionsOptions> options, ILogger<SubscriptionsApi> logger)
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 500;

    [Function("CreateSubscription")]
    public Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken) => Guard(request, async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var body = await ReadBodyAsync(request, cancellationToken);
            var created = await subscriptions.CreateAsync(body, cancellationToken);
            var info = SubscriptionInfo.From(created.Subscription);
            logger.LogInformation("Subscription {Id} created: {Subject} by {Channel}", info.Id, info.Subject, info.Channel);
            request.HttpContext.Response.Headers.Location = info.Location;
            return TypedResults.Json(new SubscriptionCreatedInfo(info, created.SigningSecret), DeliveryApiJsonContext.Default.SubscriptionCreatedInfo, statusCode: StatusCodes.Status201Created);
        });

    [Function("ListSubscriptions")]
    public Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken) => Guard(request, async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var subject = request.Query["subject"].ToString() is { Length: > 0 } s ? s : null;
            if (subject is not null && SafeId.Check(subject) is { } reason)
            {
                throw new RequestRejectedException(400, "Invalid subject", reason);
            }

            var pageSize = DefaultPageSize;
            if (request.Query["pageSize"].ToString() is { Length: > 0 } size && (!int.TryParse(size, out pageSize) || pageSize is < 1 or > MaxPageSize))
            {
                throw new RequestRejectedException(400, "Invalid page size", $"pageSize must be a whole number from 1 to {MaxPageSize}.");
            }

            var continuation = request.Query["continuation"].ToString() is { Length: > 0 } c ? c : null;
            var page = await subscriptions.Store.ListAsync(subject, pageSize, continuation, cancellationToken);
            var list = new SubscriptionListInfo(page.Items.Select(SubscriptionInfo.From).ToList(), page.ContinuationToken);
            return TypedResults.Json(list, DeliveryApiJsonContext.Default.SubscriptionListInfo);
        });

    [Function("GetSubscription")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => Guard(request, async () =>
        {
            var subscription = await subscriptions.Store.FindAsync(ParseId(id), cancellationToken) ?? throw NotFound(id);
            return TypedResults.Json(SubscriptionInfo.From(subscription), DeliveryApiJsonContext.Default.SubscriptionInfo);
        });

    [Function("DeleteSubscription")]
    public Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => Guard(request, async () =>
        {
            if (!await subscriptions.DeleteAsync(ParseId(id), cancellationToken))
            {
                throw NotFound(id);
            }

            logger.LogInformation("Subscription {Id} deleted", id);
            return TypedResults.NoContent();
        });

    [Function("ResumeSubscription")]
    public Task<IResult> Resume(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/resume")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => Guard(request, async () =>
        {
            var resumed = await subscriptions.ResumeAsync(ParseId(id), cancellationToken) ?? throw NotFound(id);
            return TypedResults.Json(SubscriptionInfo.From(resumed), DeliveryApiJsonContext.Default.SubscriptionInfo);
        });

    [Function("Unsubscribe")]
    public Task<IResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "subscriptions/{id}/unsubscribe")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => Guard(request, async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            if (!IdPattern().IsMatch(id) || !links.IsValidUnsubscribeToken(id, request.Query["token"].ToString()))
            {
                throw new RequestRejectedException(403, "Invalid unsubscribe link", "This unsubscribe link is not valid.");
            }

            // Idempotent: a second click (or a mail client's one-click POST after a manual one) also succeeds.
            var removed = await subscriptions.DeleteAsync(id, cancellationToken);
            logger.LogInformation("Subscription {Id} unsubscribed by its link ({Outcome})", id, removed ? "removed" : "already gone");
            return TypedResults.Text("You are unsubscribed; no more briefs will be sent to you.", "text/plain; charset=utf-8");
        });

    [Function("UnsubscribePage")]
    public Task<IResult> UnsubscribePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "subscriptions/{id}/unsubscribe")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => Guard(request, () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var token = request.Query["token"].ToString();
            if (!IdPattern().IsMatch(id) || !links.IsValidUnsubscribeToken(id, token))
            {
                throw new RequestRejectedException(403, "Invalid unsubscribe link", "This unsubscribe link is not valid.");
            }

            // A GET never unsubscribes: link scanners and previews follow links. The person confirms with one button.
            var action = WebUtility.HtmlEncode($"/api/subscriptions/{id}/unsubscribe?token={Uri.EscapeDataString(token)}");
            var page = $"<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Stop receiving monthly briefs for this subscription?</p><form method=\"post\" action=\"{action}\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"><button type=\"submit\">Unsubscribe</button></form></body></html>";
            return Task.FromResult<IResult>(TypedResults.Text(page, "text/html; charset=utf-8"));
        });

    private Task<IResult> Guard(HttpRequest request, Func<Task<IResult>> action) => DeliveryApiErrors.Guard(request, action, logger, options.Value.RetryAfterSeconds);

    private static string ParseId(string id) =>
        IdPattern().IsMatch(id) ? id : throw new RequestRejectedException(400, "Invalid id", "A subscription id looks like sub_ followed by 20 hex digits.");

    private static RequestRejectedException NotFound(string id) => new(404, "No such subscription", $"There is no subscription {id}.");

    private async Task<NewSubscription> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestRejectedException(415, "Unsupported media type", "Send the subscription as application/json.");
        }

        using var copy = new MemoryStream();
        var chunk = new byte[8192];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + n > limit)
            {
                throw new RequestRejectedException(413, "Request too large", $"The body exceeds {limit:N0} bytes.");
            }

            copy.Write(chunk, 0, n);
        }

        try
        {
            return JsonSerializer.Deserialize(copy.GetBuffer().AsSpan(0, (int)copy.Length), DeliveryApiJsonContext.Default.NewSubscription)
                ?? throw new RequestRejectedException(400, "Invalid body", "The body is empty.");
        }
        catch (JsonException ex)
        {
            throw new RequestRejectedException(400, "Invalid body", "The body is not valid JSON for a subscription: " + ex.Message);
        }
    }

    [GeneratedRegex("^sub_[0-9a-f]{20}$")]
    private static partial Regex IdPattern();
}
