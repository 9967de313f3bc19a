using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>What changed since last month's brief, in full, and the next steps with who and when.</summary>
public sealed class ChangesSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section(briefing.Changes.ComparedWith is null ? "What changed" : $"What changed since {briefing.Changes.ComparedWith}");
        flow.Bullets(briefing.Changes.Lines.Select(l => (IReadOnlyList<TextSpan>)[new TextSpan(l, Typography.Body)]));

        flow.SubSection("Next steps");
        if (briefing.NextSteps.Count == 0)
        {
            flow.Note("No next step is stated in the sources.");
            return;
        }

        flow.Table(
            [new TableColumn("Step", 3), new TableColumn("Who", 1.5), new TableColumn("When", 1), new TableColumn("Partner", 1)],
            briefing.NextSteps.Select(n => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(n.Text, n.Source),
                Flow.Cell(n.Owner),
                Flow.Cell(n.Due),
                Flow.Cell(n.Partner),
            ]));
    }
}
