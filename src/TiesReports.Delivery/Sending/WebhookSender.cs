using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microsoft.Extensions.Options;
using StandardWebhooks;
using TiesReports.Core.Localisation;
using TiesReports.Delivery.Subscriptions;
using TiesReports.Delivery.Targets;

namespace TiesReports.Delivery.Sending;

/// <summary>
/// Posts a CloudEvents 1.0 structured JSON event, signed per Standard Webhooks (webhook-id, -timestamp,
/// -signature: HMAC-SHA256 with the subscription's secret). Connections dial only addresses the target
/// guard allows; redirects are not followed; the answer is read up to a small cap; a timeout bounds it all.
/// </summary>
public sealed class WebhookSender : IDeliverySender, IDisposable
{
    public const string EventType = "org.tiesreports.brief.published";

    private static readonly JsonEventFormatter Formatter = new();

    private readonly TargetGuard _guard;
    private readonly DeliveryLinks _links;
    private readonly TimeProvider _clock;
    private readonly DeliveryOptions _options;
    private readonly HttpClient _http;

    public WebhookSender(TargetGuard guard, DeliveryLinks links, TimeProvider clock, IOptions<DeliveryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(options);
        _guard = guard;
        _links = links;
        _clock = clock;
        _options = options.Value;

        // A redirect could point inside; proxies from the environment would dial for us unchecked.
#pragma warning disable CA2000 // The client owns the handler (disposeHandler: true).
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = guard.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(_options.WebhookTimeoutSeconds),
            MaxResponseHeadersLength = 64,
        };
#pragma warning restore CA2000
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = TimeSpan.FromSeconds(_options.WebhookTimeoutSeconds) };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("TiesReports-Webhooks", "1.0"));
    }

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    /// <summary>The CloudEvent for a delivery, as the exact bytes that are signed and sent.</summary>
    public byte[] Encode(DeliveryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var language = Language.FromTag(content.Subscription.Language) ?? Language.English;
        var data = new BriefPublished(
            content.Subject,
            content.Title,
            language.Tag,
            language.Format("webhook.summary", ("period", language.Month(content.Period)), ("title", content.Title)),
            content.Period.ToString(),
            content.Pdf.Length,
            content.Sha256,
            content.InputHash,
            content.Stored,
            _links.Brief(content.Subject, content.Period, content.Subscription.Language).AbsoluteUri,
            _links.Feed(content.Subject, language.Tag).AbsoluteUri);
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = content.DeliveryId,
            Type = EventType,
            Source = _links.Feed(content.Subject),
            Subject = content.Subject,
            Time = content.Stored,
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(data, DeliveryJsonContext.Default.BriefPublished),
        };
        return Formatter.EncodeStructuredModeMessage(cloudEvent, out _).ToArray();
    }

    public async Task<SendResult> SendAsync(DeliveryContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Uri target;
        try
        {
            // Again at send time: the rules or the name's addresses may have changed since subscribing.
            target = await _guard.CheckAsync(content.Subscription.Target, cancellationToken);
        }
        catch (TargetRefusedException ex)
        {
            return SendResult.Permanent(ex.Message);
        }

        var body = Encode(content);
        var timestamp = _clock.GetUtcNow();
        var signature = new StandardWebhook(content.Subscription.SigningSecret ?? throw new InvalidOperationException($"Subscription {content.Subscription.Id} has no signing secret."))
            .Sign(content.DeliveryId, timestamp, Encoding.UTF8.GetString(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", content.DeliveryId);
        request.Headers.Add("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return SendResult.Delivered;
            }

            var answer = await ReadCappedAsync(response, cancellationToken);
            var reason = $"The receiver answered {status} {response.ReasonPhrase}{(answer.Length > 0 ? ": " + answer : "")}";
            return status switch
            {
                408 or 429 or >= 500 => SendResult.Transient(reason, RetryAfterOf(response)),
                >= 300 and < 400 => SendResult.Permanent($"The receiver answered {status} (a redirect); webhooks do not follow redirects."),
                _ => SendResult.Permanent(reason),
            };
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refused)
        {
            return SendResult.Permanent(refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return SendResult.Transient("The receiver could not be reached: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient($"The receiver did not answer within {_options.WebhookTimeoutSeconds:0.#} s.");
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[_options.MaxResponseBytes];
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        // Only printable text of the answer goes into the status; the rest of the body is never read.
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length > 200 ? clean[..200] + "…" : clean;
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static TargetRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is TargetRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
