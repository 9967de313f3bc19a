using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>
/// The host's public HTTP side: matches a route, checks the function key, then does what the Functions host
/// does with ASP.NET Core integration: sends an InvocationRequest (empty http input, route values as trigger
/// metadata) and forwards the request to the worker's own web server with the same x-ms-invocation-id.
/// </summary>
internal sealed class HttpFront(IReadOnlyList<HttpRoute> routes, Uri workerHttpUri, string functionKey, Func<LoadedFunction, InvocationRequest, CancellationToken, Task<InvocationRecord>> invoke, Action<string> reportFailure) : IDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly HttpClient _worker = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
    {
        Timeout = TimeSpan.FromMinutes(5),
    };

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var route = Match(request.Method, request.Path.Value ?? "/", out var values);
        if (route is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (route.RequiresKey && !HasValidKey(request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        var invocation = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = route.Function.Id,
            InputData = { new ParameterBinding { Name = route.Function.TriggerName, Data = new TypedData { Http = new RpcHttp() } } },
        };
        foreach (var (name, value) in values)
        {
            invocation.TriggerMetadata[name] = new TypedData { String = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty };
        }

        try
        {
            await ForwardAsync(context, route, invocation);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The host's own failure, not the function's: say so loudly.
            reportFailure($"{request.Method} {request.Path}: forwarding to the worker failed: {ex}");
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync("The test host could not reach the worker: " + ex.Message, context.RequestAborted);
        }
    }

    private async Task ForwardAsync(HttpContext context, HttpRoute route, InvocationRequest invocation)
    {
        var invoked = invoke(route.Function, invocation, context.RequestAborted);
        var requestBody = await RequestBodyAsync(context.Request, context.RequestAborted);
        using var answer = await SendToWorkerAsync(context.Request, requestBody, invocation.InvocationId, context.RequestAborted);

        // The whole answer is read before the invocation is awaited, and the invocation is recorded before the
        // client sees the answer, so a test that got its response also sees the invocation.
        var body = await answer.Content.ReadAsByteArrayAsync(context.RequestAborted);
        await invoked;
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, headerValues) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = new StringValues([.. headerValues]);
            }
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public void Dispose() => _worker.Dispose();

    private HttpRoute? Match(string method, string path, out Microsoft.AspNetCore.Routing.RouteValueDictionary values)
    {
        foreach (var route in routes)
        {
            if (route.TryMatch(method, path, out values))
            {
                return route;
            }
        }

        values = [];
        return null;
    }

    private bool HasValidKey(HttpRequest request)
    {
        var given = request.Headers["x-functions-key"].ToString() is { Length: > 0 } header ? header : request.Query["code"].ToString();
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(functionKey));
    }

    /// <summary>The request body, read in full (bodies here are small; the API caps them), or null when there is none.</summary>
    private static async Task<byte[]?> RequestBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Sends the request to the worker's web server. A refused connection is tried again a few times: the
    /// worker has not seen the request then, so nothing runs twice.
    /// </summary>
    private async Task<HttpResponseMessage> SendToWorkerAsync(HttpRequest request, byte[]? body, string invocationId, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            using var message = ForwardedRequest(request, body, invocationId);
            try
            {
                return await _worker.SendAsync(message, cancellationToken);
            }
            catch (HttpRequestException ex) when (attempt < Attempts && ex.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused })
            {
                reportFailure($"{request.Method} {request.Path}: the worker refused the connection (attempt {attempt}); trying again.");
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    private HttpRequestMessage ForwardedRequest(HttpRequest request, byte[]? body, string invocationId)
    {
        var target = new Uri(workerHttpUri, request.Path.Value + request.QueryString.Value);
        var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (name, headerValues) in request.Headers)
        {
            if (HopByHop.Contains(name) || string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)headerValues))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)headerValues);
            }
        }

        message.Headers.TryAddWithoutValidation("x-ms-invocation-id", invocationId);
        return message;
    }
}
