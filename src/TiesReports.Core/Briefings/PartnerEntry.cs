namespace TiesReports.Core.Briefings;

public sealed record PartnerEntry(PlaceName Partner, string PartnershipId, string Title, string Stage, string Since, IReadOnlyList<string> People, SourceRef Source);
