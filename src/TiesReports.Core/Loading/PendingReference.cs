namespace TiesReports.Core.Loading;

/// <summary>A reference seen while parsing one file; it is resolved once every file is parsed.</summary>
internal sealed record PendingReference(JsonPath Path, ReferenceKind Kind, string Id);
