namespace TiesReports.Core.Loading;

/// <summary>A reference seen while parsing one file; it is resolved once every file is parsed.</summary>
internal readonly record struct PendingReference(JsonLocation Location, ReferenceKind Kind, string Id);
