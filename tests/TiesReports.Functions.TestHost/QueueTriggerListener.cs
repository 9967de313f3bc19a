using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Google.Protobuf;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>
/// Polls one queue for a queue-triggered function like the host does: batches, back-off up to
/// maxPollingInterval when idle, delete on success, visibility timeout on failure, and "{queue}-poison"
/// once a message has failed maxDequeueCount times.
/// </summary>
internal sealed class QueueTriggerListener(LoadedFunction function, QueueServiceClient queues, string queueName, QueueSettings settings, Func<LoadedFunction, InvocationRequest, CancellationToken, Task<InvocationRecord>> invoke, Action<string> reportFailure)
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    // The worker holds a message while it runs; a failure releases it earlier with the configured visibility timeout.
    private static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(10);

    public string QueueName => queueName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var delay = MinPollingInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            QueueMessage[] batch;
            try
            {
                batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, ProcessingLease, cancellationToken)).Value;
            }
            catch (RequestFailedException ex)
            {
                reportFailure($"{function.Name}: receiving from {queueName} failed: {ex.Message}");
                batch = [];
            }

            if (batch.Length == 0)
            {
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinPollingInterval;
            try
            {
                await Task.WhenAll(batch.Select(m => ProcessAsync(queue, m, cancellationToken)));
            }
            catch (RequestFailedException ex)
            {
                // A lost pop receipt or a storage hiccup: the message comes back by itself; keep polling.
                reportFailure($"{function.Name}: queue {queueName}: {ex.Message}");
            }
        }
    }

    private async Task ProcessAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(queue, message, cancellationToken);
            return;
        }

        var record = await invoke(function, Request(message), cancellationToken);
        if (record.Succeeded)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        else if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(queue, message, cancellationToken);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: cancellationToken);
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var poison = queues.GetQueueClient(queueName + "-poison");
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private InvocationRequest Request(QueueMessage message)
    {
        var text = message.Body.ToString();
        var data = function.SupportsDeferredBinding
            ? new TypedData { ModelBindingData = ModelBindingData(message, text) }
            : new TypedData { String = text };
        var request = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = function.Id,
            InputData = { new ParameterBinding { Name = function.TriggerName, Data = data } },
        };
        request.TriggerMetadata["Id"] = new TypedData { String = message.MessageId };
        request.TriggerMetadata["PopReceipt"] = new TypedData { String = message.PopReceipt };
        request.TriggerMetadata["DequeueCount"] = new TypedData { Json = message.DequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return request;
    }

    /// <summary>The QueueMessage as the Storage extension hands it to the worker (source AzureStorageQueues).</summary>
    private static ModelBindingData ModelBindingData(QueueMessage message, string text)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["MessageId"] = message.MessageId,
            ["PopReceipt"] = message.PopReceipt,
            ["MessageText"] = text,
            ["DequeueCount"] = message.DequeueCount,
            ["NextVisibleOn"] = message.NextVisibleOn,
            ["InsertedOn"] = message.InsertedOn,
            ["ExpiresOn"] = message.ExpiresOn,
        });
        return new ModelBindingData { Version = "1.0", Source = "AzureStorageQueues", ContentType = "application/json", Content = ByteString.CopyFrom(content) };
    }
}
