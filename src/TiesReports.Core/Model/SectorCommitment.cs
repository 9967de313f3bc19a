namespace TiesReports.Core.Model;

/// <summary>
/// A cooperation sector of a partnership, its status and who or what it rests on. <see cref="InInstrument"/>
/// marks a sector named in the signed instrument itself (the memorandum or agreement), the strongest basis.
/// </summary>
public sealed record SectorCommitment(string Sector, string Status, string? Notes, string SourceId, bool InInstrument = false);
