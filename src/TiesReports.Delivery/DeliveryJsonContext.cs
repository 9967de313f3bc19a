using System.Text.Json.Serialization;
using TiesReports.Delivery.Sending;

namespace TiesReports.Delivery;

[JsonSerializable(typeof(DeliveryOrder))]
[JsonSerializable(typeof(BriefPublished))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext;
