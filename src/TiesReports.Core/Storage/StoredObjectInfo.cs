namespace TiesReports.Core.Storage;

/// <summary>What a store knows about one stored object without reading its content.</summary>
public sealed record StoredObjectInfo(
    string Name,
    long Size,
    DateTimeOffset LastModified,
    string ETag,
    IReadOnlyDictionary<string, string> Metadata);
