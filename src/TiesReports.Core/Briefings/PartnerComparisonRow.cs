namespace TiesReports.Core.Briefings;

/// <summary>One partner in a place brief's comparison: stage, since, sectors in force and trade that names it.</summary>
public sealed record PartnerComparisonRow(PlaceName Partner, string Stage, string Since, string SectorsInForce, string LatestTrade);
