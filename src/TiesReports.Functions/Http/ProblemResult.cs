using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace TiesReports.Functions.Http;

/// <summary>An RFC 7807 problem response (application/problem+json). Never carries a stack trace.</summary>
public sealed class ProblemResult(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null) : IActionResult
{
    public int Status => status;

    public string Title => title;

    public string Detail => detail;

    /// <summary>Seconds for a Retry-After header (503).</summary>
    public int? RetryAfterSeconds { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteString("type", $"https://httpstatuses.io/{status}");
        json.WriteString("title", title);
        json.WriteNumber("status", status);
        json.WriteString("detail", detail);
        json.WriteString("instance", context.HttpContext.Request.Path.Value);
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            json.WritePropertyName(key);
            JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object), FunctionsJsonContext.Default);
        }

        json.WriteEndObject();
        await json.FlushAsync(context.HttpContext.RequestAborted);
    }
}
