using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
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
        var l = briefing.InLanguage();
        flow.Section(l.Text("section.connections"));
        flow.SubSection(l.Text("section.institutions"));
        if (briefing.Institutions.Count == 0)
        {
            flow.Note(l.Text("empty.institutions"));
        }
        else
        {
            flow.Table(
                [new TableColumn(l.Text("column.institution"), 2.2), new TableColumn(l.Text("column.kind"), 1.2), new TableColumn(l.Text("column.in"), 0.8), new TableColumn(l.Text("column.linked-with"), 1.3), new TableColumn(l.Text("column.established"), 1.4)],
                briefing.Institutions.Select(i => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                [
                    Flow.Cell(i.Name, i.Source),
                    Flow.Cell(i.Kind),
                    Flow.Cell(i.Host),
                    Flow.Cell(i.Related),
                    Flow.Cell(i.ScopeNote.Length == 0 ? i.Established : i.Established + l.Text("punct.sentence-gap") + i.ScopeNote + l.Text("punct.end")),
                ]));
            OtherTiesNote.Add(flow, briefing, briefing.InstitutionsNotShown);
        }

        flow.SubSection(l.Text("section.transport-links"));
        if (briefing.Connections.Count == 0)
        {
            flow.Note(l.Text("empty.transport-links"));
            return;
        }

        flow.Table(
            [new TableColumn(l.Text("column.link"), 1.1), new TableColumn(l.Text("column.between"), 1.4), new TableColumn(l.Text("column.status"), 0.8), new TableColumn(l.Text("column.since"), 1.3), new TableColumn(l.Text("column.notes"), 2)],
            briefing.Connections.Select(c => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(c.Kind, c.Source),
                Flow.Cell(c.Places),
                Flow.Cell(c.Status),
                Flow.Cell(c.Since),
                Flow.Cell(c.ScopeNote.Length == 0 ? c.Description : (c.Description + l.Text("punct.sentence-gap") + c.ScopeNote + l.Text("punct.end")).TrimStart()),
            ]));
        OtherTiesNote.Add(flow, briefing, briefing.ConnectionsNotShown);
    }
}
