using Microsoft.AspNetCore.Mvc;

namespace TiesReports.Functions.Delivery;

/// <summary>A status with an optional body of a given type (Atom feeds, plain text, 204), written without MVC's executors.</summary>
public sealed class BodyResult(int status, string? contentType = null, ReadOnlyMemory<byte> body = default) : IActionResult
{
    public int Status => status;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        if (contentType is not null)
        {
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
        }
    }
}
