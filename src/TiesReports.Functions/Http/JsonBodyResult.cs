using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace TiesReports.Functions.Http;

/// <summary>A JSON response written with source-generated serialization.</summary>
public sealed class JsonBodyResult<T>(int status, T value, JsonTypeInfo<T> typeInfo, string? location = null) : IActionResult
{
    public T Value => value;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        await JsonSerializer.SerializeAsync(response.Body, value, typeInfo, context.HttpContext.RequestAborted);
    }
}
