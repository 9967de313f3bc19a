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
internal sealed class HttpFront(IReadOnlyList<HttpRoute> routes, Uri workerHttpUri, string functionKey, Func<LoadedFunction, InvocationRequest, CancellationToken, Task<InvocationRecord>> invoke) : IDisposable
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

        var invoked = invoke(route.Function, invocation, context.RequestAborted);
        using var forwarded = Forward(request, invocationId);
        using var answer = await _worker.SendAsync(forwarded, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, headerValues) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = new StringValues([.. headerValues]);
            }
        }

        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        await invoked;
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

    private HttpRequestMessage Forward(HttpRequest request, string invocationId)
    {
        var target = new Uri(workerHttpUri, request.Path.Value + request.QueryString.Value);
        var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            message.Content = new StreamContent(request.Body);
        }

        foreach (var (name, headerValues) in request.Headers)
        {
            if (HopByHop.Contains(name))
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
