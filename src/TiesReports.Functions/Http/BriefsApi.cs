using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Functions.Http;

/// <summary>The briefs API: get a brief as PDF, ask for one to be stored, list what is stored.</summary>
public sealed class BriefsApi(BriefService briefs, TimeProvider clock, IOptions<FunctionsOptions> options, ILogger<BriefsApi> logger)
{
    private const int MaxMonthsAhead = 12;
    private const int DefaultPageSize = 50;

    [Function("GetBrief")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "briefs/{partnershipId}")] HttpRequest request,
        string partnershipId,
        CancellationToken cancellationToken) => ApiErrors.Guard(
        request,
        async () =>
        {
            var id = ParseId(partnershipId);
            var period = ParsePeriod(request.Query["period"].ToString(), required: false);
            var language = NegotiateLanguage(request);
            var outcome = await briefs.GetOrCreateAsync(new BriefRequest(id, period, Language: language), BriefWriteMode.RefreshIfChanged, cancellationToken);
            var content = await briefs.ReadContentAsync(outcome, cancellationToken);
            request.HttpContext.Response.Headers.CacheControl = "private, no-cache";
            request.HttpContext.Response.Headers.ContentLanguage = language.Tag;
            request.HttpContext.Response.Headers.Vary = HeaderNames.AcceptLanguage;

            // The framework's file result answers If-None-Match (304), If-Modified-Since and Range (206) itself.
            return TypedResults.Bytes(
                content,
                "application/pdf",
                fileDownloadName: language == Language.English ? $"{id}-{period}.pdf" : $"{id}-{period}.{language.Tag}.pdf",
                enableRangeProcessing: true,
                lastModified: outcome.Info.LastModified,
                entityTag: EntityTag(outcome.Info.ETag));
        },
        logger,
        options.Value.RetryAfterSeconds);

    [Function("CreateBrief")]
    public Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "briefs")] HttpRequest request,
        CancellationToken cancellationToken) => ApiErrors.Guard(
        request,
        async () =>
        {
            var body = await ReadBodyAsync(request, cancellationToken);
            var id = ParseId(body.Subject ?? body.PartnershipId);
            var period = ParsePeriod(body.Period, required: false);
            var mode = body.Options is { Refresh: false } ? BriefWriteMode.KeepExisting : BriefWriteMode.RefreshIfChanged;
            var language = body.Language is null
                ? Language.English
                : Language.FromTag(body.Language) ?? throw new RequestRejectedException(400, "Invalid language", $"language '{body.Language}' is not one briefs are written in; use one of {Language.SupportedTags}.");
            var outcome = await briefs.GetOrCreateAsync(new BriefRequest(id, period, Language: language), mode, cancellationToken);
            var info = Describe(id, period, language, outcome.Info, outcome.Status.ToString().ToLowerInvariant());
            request.HttpContext.Response.Headers.Location = info.Location;
            return TypedResults.Json(info, FunctionsJsonContext.Default.BriefInfo, statusCode: StatusCodes.Status201Created);
        },
        logger,
        options.Value.RetryAfterSeconds);

    [Function("ListBriefs")]
    public Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "briefs")] HttpRequest request,
        CancellationToken cancellationToken) => ApiErrors.Guard(
        request,
        async () =>
        {
            var partnership = request.Query["partnership"].ToString() is { Length: > 0 } p ? ParseId(p) : null;
            Month? period = request.Query["period"].ToString() is { Length: > 0 } text ? ParsePeriod(text, required: true) : null;
            var pageSize = ParsePageSize(request.Query["pageSize"].ToString());
            var continuation = request.Query["continuation"].ToString() is { Length: > 0 } c ? c : null;
            var page = await briefs.ListPageAsync(partnership, period, pageSize, continuation, cancellationToken);
            var list = new BriefList(page.Briefs.Select(s => Describe(s.Subject, s.Period, s.Language, s.Info, status: null)).ToList(), page.ContinuationToken);
            return TypedResults.Json(list, FunctionsJsonContext.Default.BriefList);
        },
        logger,
        options.Value.RetryAfterSeconds);

    private static BriefInfo Describe(string subject, Month period, Language language, StoredObjectInfo info, string? status) => new(
        info.Name,
        subject,
        period.ToString(),
        info.Size,
        info.LastModified,
        info.ETag,
        info.Metadata.GetValueOrDefault(BriefMetadata.InputHash),
        status,
        language == Language.English ? $"/api/briefs/{subject}?period={period}" : $"/api/briefs/{subject}?period={period}&lang={language.Tag}",
        language.Tag);

    /// <summary>
    /// The brief's language: <c>?lang=</c> when given (a language briefs are not written in is 406, since the
    /// caller asked for exactly that), else the first language of Accept-Language by quality that briefs are
    /// written in, else English. An Accept-Language naming none of them gets English rather than 406: it is a
    /// preference every browser sends, and a brief in English serves better than no brief.
    /// </summary>
    private static Language NegotiateLanguage(HttpRequest request)
    {
        if (request.Query["lang"].ToString() is { Length: > 0 } asked)
        {
            return Language.Match(asked)
                ?? throw new RequestRejectedException(406, "Language not available", $"Briefs are written in {Language.SupportedTags}; '{asked}' is not one of them.");
        }

        var preferences = request.GetTypedHeaders().AcceptLanguage;
        return preferences
            .Where(p => p.Quality is null or > 0)
            .OrderByDescending(p => p.Quality ?? 1)
            .Select(p => Language.Match(p.Value.Value))
            .FirstOrDefault(l => l is not null) ?? Language.English;
    }

    private static string ParseId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new RequestRejectedException(400, "Missing id", "Give the partnership or place id.");
        }

        var reason = SafeId.Check(id);
        return reason is null ? id : throw new RequestRejectedException(400, "Invalid id", reason);
    }

    private static int ParsePageSize(string text)
    {
        if (text.Length == 0)
        {
            return DefaultPageSize;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= BriefService.MaxPageSize
            ? size
            : throw new RequestRejectedException(400, "Invalid page size", $"pageSize must be a whole number from 1 to {BriefService.MaxPageSize}.");
    }

    private Month ParsePeriod(string? text, bool required)
    {
        var now = Month.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw new RequestRejectedException(400, "Invalid period", "period is required, as yyyy-MM") : now;
        }

        if (!Month.TryParse(text, out var period, out var reason))
        {
            throw new RequestRejectedException(400, "Invalid period", reason!);
        }

        if (period.CompareTo(now.AddMonths(MaxMonthsAhead)) > 0)
        {
            throw new RequestRejectedException(400, "Invalid period", $"period {period} is more than {MaxMonthsAhead} months ahead of {now}");
        }

        return period;
    }

    private async Task<CreateBriefRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            throw new RequestRejectedException(413, "Request too large", $"The body is {request.ContentLength:N0} bytes; at most {limit:N0} are accepted.");
        }

        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestRejectedException(415, "Unsupported media type", "Send the request as application/json.");
        }

        // Read at most limit + 1 bytes, so a body without Content-Length cannot exceed the limit either.
        var buffer = new byte[limit + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read > limit)
        {
            throw new RequestRejectedException(413, "Request too large", $"The body exceeds {limit:N0} bytes.");
        }

        try
        {
            return JsonSerializer.Deserialize(buffer.AsSpan(0, read), FunctionsJsonContext.Default.CreateBriefRequest)
                ?? throw new RequestRejectedException(400, "Invalid body", "The body is empty; send {\"subject\": \"...\", \"period\": \"yyyy-MM\"}.");
        }
        catch (JsonException ex)
        {
            throw new RequestRejectedException(400, "Invalid body", $"The body is not valid JSON for a brief request: {ex.Message}");
        }
    }

    /// <summary>Storage ETags come quoted ("0x8D…"); a bare one is quoted so it parses as an entity tag.</summary>
    private static EntityTagHeaderValue EntityTag(string etag) =>
        EntityTagHeaderValue.Parse(etag.StartsWith('"') || etag.StartsWith("W/", StringComparison.Ordinal) ? etag : $"\"{etag}\"");
}
