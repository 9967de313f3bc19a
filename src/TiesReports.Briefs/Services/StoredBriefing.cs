using TiesReports.Core.Briefings;

namespace TiesReports.Briefs.Services;

/// <summary>The part of a stored briefing model that next month's brief reads back; other members are ignored.</summary>
internal sealed record StoredBriefing(BriefingSnapshot? Snapshot);
