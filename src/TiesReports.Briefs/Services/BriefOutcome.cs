using TiesReports.Core.Storage;

namespace TiesReports.Briefs.Services;

/// <summary>The stored brief after a request: where it is, how it came to be, its bytes when read, and the briefing's title.</summary>
public sealed record BriefOutcome(BriefStatus Status, string Name, StoredObjectInfo Info, ReadOnlyMemory<byte>? Content, string InputHash, string Title);
