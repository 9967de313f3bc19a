using System.Text.Json;
using TiesReports.Functions.TestHost.Protocol;

namespace TiesReports.Functions.TestHost;

/// <summary>A function the worker indexed and loaded: its id, and its trigger binding as written in functions.metadata.</summary>
internal sealed class LoadedFunction
{
    private LoadedFunction(string name, string id, JsonElement trigger)
    {
        Name = name;
        Id = id;
        Trigger = trigger;
    }

    public string Name { get; }

    public string Id { get; }

    /// <summary>The trigger binding's raw JSON (type, name, route, queueName, path, schedule, properties…).</summary>
    public JsonElement Trigger { get; }

    public string TriggerType => Trigger.GetProperty("type").GetString()!;

    public string TriggerName => Trigger.GetProperty("name").GetString()!;

    public string? TriggerProperty(string name) =>
        Trigger.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    /// <summary>True when the worker asked for SDK types (QueueMessage, BlobClient, Stream…) as model binding data.</summary>
    public bool SupportsDeferredBinding =>
        Trigger.TryGetProperty("properties", out var p) && p.TryGetProperty("supportsDeferredBinding", out var d) &&
        string.Equals(d.GetString(), "True", StringComparison.OrdinalIgnoreCase);

    /// <summary>Builds the load request from what the worker returned when it indexed itself.</summary>
    public static (LoadedFunction Function, FunctionLoadRequest Request) FromIndexed(RpcFunctionMetadata metadata, string appDirectory)
    {
        var id = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
        var loaded = metadata.Clone();
        loaded.FunctionId = id;
        loaded.Directory = appDirectory;
        JsonElement? trigger = null;
        foreach (var raw in metadata.RawBindings)
        {
            using var document = JsonDocument.Parse(raw);
            var binding = document.RootElement.Clone();
            var type = binding.GetProperty("type").GetString() ?? string.Empty;
            var info = new BindingInfo
            {
                Type = type,
                Direction = Enum.Parse<BindingInfo.Types.Direction>(binding.GetProperty("direction").GetString()!, ignoreCase: true),
                DataType = binding.TryGetProperty("dataType", out var dataType) ? Enum.Parse<BindingInfo.Types.DataType>(dataType.GetString()!, ignoreCase: true) : BindingInfo.Types.DataType.Undefined,
            };
            if (binding.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    info.Properties[property.Name] = property.Value.ToString();
                }
            }

            loaded.Bindings[binding.GetProperty("name").GetString()!] = info;
            if (type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            {
                trigger = binding;
            }
        }

        var function = new LoadedFunction(metadata.Name, id, trigger ?? throw new InvalidOperationException($"Function {metadata.Name} has no trigger binding."));
        return (function, new FunctionLoadRequest { FunctionId = id, Metadata = loaded });
    }
}
