using System.Text.Json.Serialization;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Functions.Delivery;

[JsonSerializable(typeof(NewSubscription))]
[JsonSerializable(typeof(SubscriptionInfo))]
[JsonSerializable(typeof(SubscriptionCreatedInfo))]
[JsonSerializable(typeof(SubscriptionListInfo))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class DeliveryApiJsonContext : JsonSerializerContext;
