using System.Text.Json.Serialization;
using TiesReports.Core.Loading;

namespace TiesReports.Functions.Http;

/// <summary>POST /api/briefs body.</summary>
public sealed record CreateBriefRequest(string? Subject, string? PartnershipId, string? Period, CreateBriefOptions? Options);

/// <summary>Options of a brief request. <see cref="Refresh"/> false keeps a brief already stored for the month even if the data changed.</summary>
public sealed record CreateBriefOptions(bool Refresh = true);

/// <summary>One stored brief, as listed and as returned after creation.</summary>
public sealed record BriefInfo(string Id, string Subject, string Period, long Size, DateTimeOffset Created, string ETag, string? ContentHash, string? Status, string Location);

public sealed record BriefList(IReadOnlyList<BriefInfo> Briefs);

public sealed record HealthReport(string Status, string Storage);

public sealed record DataErrorInfo(string File, string Path, string Reason)
{
    public static DataErrorInfo From(DataError error) => new(error.File, error.Path, error.Reason);
}

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
