using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>
/// Cooperation sectors grouped by the force of their basis (signed instrument, agreed, active, stated aims,
/// proposals, paused or completed), each group with its count from the same tally page 1 uses.
/// </summary>
public sealed class SectorsSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section("Cooperation sectors");
        if (briefing.Sectors.Count == 0)
        {
            flow.Empty("cooperation sectors");
            return;
        }

        foreach (var group in briefing.SectorGroups)
        {
            flow.SubSection($"{SectorTally.Heading(group.Group)} — {group.Count}");
            flow.Table(
                [new TableColumn("Sector", 1.5), new TableColumn("Status", 0.9), new TableColumn("Partner", 1), new TableColumn("Notes", 2.8)],
                briefing.Sectors.Where(s => s.Group == group.Group).Select(s => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                [
                    [new TextSpan(s.Sector, Typography.Table.Body.AsBold())],
                    Flow.Cell(s.Status),
                    Flow.Cell(s.Partner),
                    Flow.Cell(s.Notes, s.Source),
                ]));
        }
    }
}
