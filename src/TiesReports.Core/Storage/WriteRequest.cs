namespace TiesReports.Core.Storage;

/// <summary>How to write: content type, metadata and the condition under which the write may happen.</summary>
public sealed record WriteRequest(
    string ContentType,
    IReadOnlyDictionary<string, string>? Metadata = null,
    WriteCondition Condition = WriteCondition.Overwrite,
    string? ETag = null)
{
    public static WriteRequest Json { get; } = new("application/json");
}
