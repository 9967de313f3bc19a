using System.Text.Json.Serialization;

namespace TiesReports.Functions.Http;

[JsonSerializable(typeof(CreateBriefRequest))]
[JsonSerializable(typeof(BriefInfo))]
[JsonSerializable(typeof(BriefList))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(IReadOnlyList<DataErrorInfo>))]
[JsonSerializable(typeof(List<DataErrorInfo>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(object))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
