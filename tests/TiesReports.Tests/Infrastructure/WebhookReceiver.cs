using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// A real HTTP webhook receiver (Kestrel on 127.0.0.1, a free port). It answers with the scripted status
/// codes in turn (200 once the script runs out) and hands each request to the test as it arrives.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private int _count;

    private WebhookReceiver(WebApplication app, IEnumerable<int> script)
    {
        _app = app;
        _script = new ConcurrentQueue<int>(script);
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>Requests received so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public static async Task<WebhookReceiver> StartAsync(params int[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, script);
        app.MapPost("/hooks/{name}", async (HttpContext context) =>
        {
            using var body = new StreamReader(context.Request.Body);
            var text = await body.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            Interlocked.Increment(ref receiver._count);
            var status = receiver._script.TryDequeue(out var next) ? next : StatusCodes.Status200OK;
            await receiver._received.Writer.WriteAsync(new ReceivedWebhook(context.Request.Path, headers, text, status));
            context.Response.StatusCode = status;

            await context.Response.WriteAsync(status >= 400 ? "receiver says no" : "ok");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hooks/briefs");
        return receiver;
    }

    /// <summary>The next request, as soon as it arrives; fails the test if none comes within the timeout.</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await _received.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Requests that arrived and were not taken with <see cref="NextAsync"/> yet.</summary>
    public List<ReceivedWebhook> Pending()
    {
        var all = new List<ReceivedWebhook>();
        while (_received.Reader.TryRead(out var item))
        {
            all.Add(item);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
