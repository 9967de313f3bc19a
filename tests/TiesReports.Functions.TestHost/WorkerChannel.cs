using System.Collections.Concurrent;
using Grpc.Core;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>
/// The host's end of FunctionRpc/EventStream: the worker connects and sends StartStream; the host then sends
/// requests down the stream and matches the worker's responses to them (init, metadata, load by function id,
/// invocation by invocation id).
/// </summary>
internal sealed class WorkerChannel : FunctionRpc.FunctionRpcBase
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly TaskCompletionSource<string> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _closing = new();
    private IServerStreamWriter<StreamingMessage>? _writer;

    public event Action<RpcLog>? LogReceived;

    /// <summary>Completes with the worker id once the worker has opened the stream.</summary>
    public Task<string> Connected => _connected.Task;

    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        _writer = responseStream;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _closing.Token);
        try
        {
            await foreach (var message in requestStream.ReadAllAsync(stop.Token))
            {
                Receive(message);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The host is shutting down, or the worker went away.
        }
        finally
        {
            foreach (var waiter in _pending.Values)
            {
                waiter.TrySetException(new IOException("The worker closed its stream."));
            }
        }
    }

    public Task<StreamingMessage> InitAsync(WorkerInitRequest request, CancellationToken cancellationToken) =>
        RequestAsync(new StreamingMessage { WorkerInitRequest = request }, "init", cancellationToken);

    public Task<StreamingMessage> IndexAsync(FunctionsMetadataRequest request, CancellationToken cancellationToken) =>
        RequestAsync(new StreamingMessage { FunctionsMetadataRequest = request }, "metadata", cancellationToken);

    public Task<StreamingMessage> LoadAsync(FunctionLoadRequest request, CancellationToken cancellationToken) =>
        RequestAsync(new StreamingMessage { FunctionLoadRequest = request }, "load:" + request.FunctionId, cancellationToken);

    public Task<StreamingMessage> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken) =>
        RequestAsync(new StreamingMessage { InvocationRequest = request }, "invoke:" + request.InvocationId, cancellationToken);

    public Task TerminateAsync(TimeSpan gracePeriod, CancellationToken cancellationToken) =>
        SendAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(gracePeriod) } }, cancellationToken);

    /// <summary>Ends the stream from the host's side.</summary>
    public void Close() => _closing.Cancel();

    private void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                _connected.TrySetResult(message.StartStream.WorkerId);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                LogReceived?.Invoke(message.RpcLog);
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                Complete("init", message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                Complete("metadata", message);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                Complete("load:" + message.FunctionLoadResponse.FunctionId, message);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                Complete("invoke:" + message.InvocationResponse.InvocationId, message);
                break;
            default:
                // Heartbeats and messages outside our subset need no answer.
                break;
        }
    }

    private void Complete(string key, StreamingMessage message)
    {
        if (_pending.TryRemove(key, out var waiter))
        {
            waiter.TrySetResult(message);
        }
    }

    private async Task<StreamingMessage> RequestAsync(StreamingMessage request, string key, CancellationToken cancellationToken)
    {
        request.RequestId = Guid.NewGuid().ToString();
        var response = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(key, response))
        {
            throw new InvalidOperationException($"A request '{key}' is already waiting for the worker.");
        }

        try
        {
            await SendAsync(request, cancellationToken);
            return await response.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    private async Task SendAsync(StreamingMessage message, CancellationToken cancellationToken)
    {
        var writer = _writer ?? throw new InvalidOperationException("The worker has not connected yet.");

        // A gRPC stream takes one write at a time.
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await writer.WriteAsync(message, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
