using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace TiesReports.Functions.Http;

/// <summary>A stored brief: PDF bytes with ETag, a download file name and cache headers; or 304 when the client has it.</summary>
public sealed class PdfResult(ReadOnlyMemory<byte> content, string etag, string fileName, bool notModified) : IActionResult
{
    public bool NotModified => notModified;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "private, no-cache";
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/pdf";
        response.ContentLength = content.Length;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await response.Body.WriteAsync(content, context.HttpContext.RequestAborted);
    }
}
