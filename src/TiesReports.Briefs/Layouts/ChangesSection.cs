using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>What changed since last month's brief, in full, and the next steps with who and when.</summary>
public sealed class ChangesSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var l = briefing.InLanguage();
        flow.Section(briefing.Changes.ComparedWith is null ? l.Text("section.what-changed") : l.Format("section.what-changed-since", ("previous", briefing.Changes.ComparedWith)));
        flow.Bullets(briefing.Changes.Lines.Select(l => (IReadOnlyList<TextSpan>)[new TextSpan(l, Typography.Body)]));

        flow.SubSection(l.Text("section.next-steps"));
        if (briefing.NextSteps.Count == 0)
        {
            flow.Note(l.Text("next-step.none-stated"));
            return;
        }

        flow.Table(
            [new TableColumn(l.Text("column.step"), 3), new TableColumn(l.Text("column.who"), 1.5), new TableColumn(l.Text("column.when"), 1), new TableColumn(l.Text("column.partner"), 1)],
            briefing.NextSteps.Select(n => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(n.Text, n.Source),
                Flow.Cell(n.Owner),
                Flow.Cell(n.Due),
                Flow.Cell(n.Partner),
            ]));
    }
}
