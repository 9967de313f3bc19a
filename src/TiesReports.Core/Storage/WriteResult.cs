namespace TiesReports.Core.Storage;

/// <summary>
/// Whether a conditional write happened. A write that lost to another writer is not an error:
/// it returns <see cref="Written"/> false and what is stored now.
/// </summary>
public sealed record WriteResult(bool Written, StoredObjectInfo? Current);
