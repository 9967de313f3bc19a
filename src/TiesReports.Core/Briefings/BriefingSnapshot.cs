using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>The facts of one brief in comparable form; stored beside the PDF as part of the briefing model.</summary>
public sealed record BriefingSnapshot(string Period, IReadOnlyList<SnapshotItem> Items)
{
    public static BriefingSnapshot Empty(Month period) => new(period.ToString(), []);
}
