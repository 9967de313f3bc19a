namespace TiesReports.Core.Storage;

/// <summary>A stored object's description and its bytes.</summary>
public sealed record StoredObject(StoredObjectInfo Info, ReadOnlyMemory<byte> Content);
