using System.Net.Sockets;
using Azure;

namespace TiesReports.Core.Storage;

/// <summary>
/// Tells an outage (no answer, timeouts, throttling, server errors) from a real refusal, the same way for
/// blobs and queues, and wraps outages as <see cref="StorageUnavailableException"/>.
/// </summary>
public static class StorageFailures
{
    public static bool IsUnavailable(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsUnavailable),
        HttpRequestException or SocketException or TimeoutException => true,
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ => ex.InnerException is not null && IsUnavailable(ex.InnerException),
    };

    public static StorageUnavailableException Unavailable(string service, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var end = ex.Message.IndexOfAny(['\r', '\n']);
        return new StorageUnavailableException($"{service} did not answer: " + (end < 0 ? ex.Message : ex.Message[..end]), ex);
    }
}
