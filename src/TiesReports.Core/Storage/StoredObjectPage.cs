namespace TiesReports.Core.Storage;

/// <summary>
/// One page of a listing in name order. <see cref="ContinuationToken"/> is null on the last page; otherwise it is
/// passed back, with the same area and prefix, for the next page. A page may hold fewer items than asked for.
/// </summary>
public sealed record StoredObjectPage(IReadOnlyList<StoredObjectInfo> Items, string? ContinuationToken);
