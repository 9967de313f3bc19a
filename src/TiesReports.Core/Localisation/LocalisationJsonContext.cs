using System.Text.Json.Serialization;

namespace TiesReports.Core.Localisation;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocaleData))]
internal sealed partial class LocalisationJsonContext : JsonSerializerContext;
