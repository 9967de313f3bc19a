using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
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
        var l = briefing.InLanguage();
        flow.Section(l.Text("section.sectors"));
        if (briefing.Sectors.Count == 0)
        {
            flow.Note(l.Text("empty.sectors"));
            return;
        }

        foreach (var group in briefing.SectorGroups)
        {
            flow.SubSection($"{SectorTally.Heading(group.Group, l)} — {Formats.Count(group.Count, l)}");
            foreach (var topic in SectorTopics.Arrange(briefing.Sectors.Where(s => s.Group == group.Group).ToList(), l))
            {
                if (topic.Title is not null)
                {
                    flow.Text(new TextSpan(topic.Title, Typography.Body.AsBold()));
                }

                flow.Table(
                    [new TableColumn(l.Text("column.sector"), 1.5), new TableColumn(l.Text("column.status"), 0.9), new TableColumn(l.Text("column.partner"), 1), new TableColumn(l.Text("column.notes"), 2.8)],
                    topic.Entries.Select(s => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                    [
                        [new TextSpan(s.Sector, Typography.Table.Body.AsBold())],
                        Flow.Cell(s.Status),
                        Flow.Cell(s.Partner),
                        Flow.Cell(s.Notes, s.Source),
                    ]));
            }
        }
    }
}
