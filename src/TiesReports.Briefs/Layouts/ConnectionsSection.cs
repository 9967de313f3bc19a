using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>
/// Institutions (trade offices, cooperation centres) and transport links: those that connect the brief's
/// places first, then the home place's wider ties, each labelled as not specific to the partnership.
/// </summary>
public sealed class ConnectionsSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section("Institutions and connectivity");
        flow.SubSection("Institutions");
        if (briefing.Institutions.Count == 0)
        {
            flow.Empty("institutions");
        }
        else
        {
            flow.Table(
                [new TableColumn("Institution", 2.2), new TableColumn("Kind", 1.2), new TableColumn("In", 0.8), new TableColumn("Linked with", 1.3), new TableColumn("Established", 1.4)],
                briefing.Institutions.Select(i => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                [
                    Flow.Cell(i.Name, i.Source),
                    Flow.Cell(i.Kind),
                    Flow.Cell(i.Host),
                    Flow.Cell(i.Related),
                    Flow.Cell(i.ScopeNote.Length == 0 ? i.Established : $"{i.Established} {i.ScopeNote}."),
                ]));
        }

        flow.SubSection("Transport links");
        if (briefing.Connections.Count == 0)
        {
            flow.Empty("transport links");
            return;
        }

        flow.Table(
            [new TableColumn("Link", 1.1), new TableColumn("Between", 1.4), new TableColumn("Status", 0.8), new TableColumn("Since", 1.3), new TableColumn("Notes", 2)],
            briefing.Connections.Select(c => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(c.Kind, c.Source),
                Flow.Cell(c.Places),
                Flow.Cell(c.Status),
                Flow.Cell(c.Since),
                Flow.Cell(c.ScopeNote.Length == 0 ? c.Description : $"{c.Description} {c.ScopeNote}.".TrimStart()),
            ]));
    }
}
