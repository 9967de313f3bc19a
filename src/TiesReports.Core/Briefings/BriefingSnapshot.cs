using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// The facts of one brief in comparable form; stored beside the PDF as part of the briefing model.
/// <paramref name="CutKinds"/> names the kinds whose list the brief cut (a partnership brief lists only the first of
/// the home place's other ties): of those, the wider rows it holds are not all there were.
/// </summary>
public sealed record BriefingSnapshot(string Period, IReadOnlyList<SnapshotItem> Items, IReadOnlyList<string>? CutKinds = null)
{
    public static BriefingSnapshot Empty(Month period) => new(period.ToString(), []);
}
