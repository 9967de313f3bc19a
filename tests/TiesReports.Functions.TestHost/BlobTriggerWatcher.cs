using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Google.Protobuf;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>
/// Sees blobs change in a blob-triggered function's container: each blob whose ETag has no receipt yet is
/// handed to the function; a receipt is written only when the invocation succeeds, so one change fires once.
/// </summary>
internal sealed class BlobTriggerWatcher
{
    private readonly LoadedFunction _function;
    private readonly BlobContainerClient _container;
    private readonly string _connection;
    private readonly Regex _pattern;
    private readonly Func<LoadedFunction, InvocationRequest, CancellationToken, Task<InvocationRecord>> _invoke;
    private readonly ConcurrentDictionary<string, string> _receipts = new();
    private readonly SemaphoreSlim _scanning = new(1, 1);

    public BlobTriggerWatcher(LoadedFunction function, BlobServiceClient blobs, AppSettings settings, Func<LoadedFunction, InvocationRequest, CancellationToken, Task<InvocationRecord>> invoke)
    {
        _function = function;
        _invoke = invoke;
        var path = settings.Resolve(function.TriggerProperty("path") ?? throw new InvalidOperationException($"{function.Name} has no blob path."));
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        _container = blobs.GetBlobContainerClient(path[..slash]);

        // "{name}" captures the rest of the blob name; literal parts must match as written.
        _pattern = new Regex("^" + Regex.Replace(Regex.Escape(path[(slash + 1)..]), @"\\\{(\w+)}", "(?<$1>.+)") + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        _connection = function.TriggerProperty("connection") ?? "AzureWebJobsStorage";
    }

    /// <summary>Invokes the function for every new or changed blob; returns how many were handed over.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        await _scanning.WaitAsync(cancellationToken);
        try
        {
            if (!await _container.ExistsAsync(cancellationToken))
            {
                return 0;
            }

            var fired = 0;
            await foreach (var blob in _container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                var match = _pattern.Match(blob.Name);
                var etag = blob.Properties.ETag?.ToString() ?? string.Empty;
                if (!match.Success || (_receipts.TryGetValue(blob.Name, out var seen) && seen == etag))
                {
                    continue;
                }

                var record = await _invoke(_function, Request(blob.Name, match), cancellationToken);
                if (record.Succeeded)
                {
                    _receipts[blob.Name] = etag;
                }

                fired++;
            }

            return fired;
        }
        finally
        {
            _scanning.Release();
        }
    }

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await ScanAsync(cancellationToken);
            await Task.Delay(interval, cancellationToken);
        }
    }

    private InvocationRequest Request(string blobName, Match match)
    {
        // The Storage extension hands the worker a reference, not the bytes; the worker opens the blob itself.
        var reference = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["Connection"] = _connection,
            ["ContainerName"] = _container.Name,
            ["BlobName"] = blobName,
        });
        var request = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = _function.Id,
            InputData =
            {
                new ParameterBinding
                {
                    Name = _function.TriggerName,
                    Data = new TypedData { ModelBindingData = new ModelBindingData { Version = "1.0", Source = "AzureStorageBlobs", ContentType = "application/json", Content = ByteString.CopyFrom(reference) } },
                },
            },
        };
        foreach (var name in _pattern.GetGroupNames().Where(n => !int.TryParse(n, out _)))
        {
            request.TriggerMetadata[name] = new TypedData { String = match.Groups[name].Value };
        }

        request.TriggerMetadata["BlobTrigger"] = new TypedData { String = _container.Name + "/" + blobName };
        request.TriggerMetadata["Uri"] = new TypedData { String = _container.GetBlobClient(blobName).Uri.ToString() };
        return request;
    }
}
