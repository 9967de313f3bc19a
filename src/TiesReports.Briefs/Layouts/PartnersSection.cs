using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>Partners, the stage of each partnership, who acted for each side, and the stated aims.</summary>
public sealed class PartnersSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section("Partners and stage");
        if (briefing.Partnerships.Count == 0)
        {
            flow.Empty("partnerships");
            return;
        }

        flow.Table(
            [new TableColumn("Partner", 1.6), new TableColumn("Agreement", 1.5), new TableColumn("Stage", 1.1), new TableColumn("Since", 1.8)],
            briefing.Partnerships.Select(p => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                [new TextSpan(p.Partner.Name, Typography.Table.Body.AsBold()), new TextSpan(" " + p.Partner.NativeName, Typography.Table.Body.WithColor(Typography.Accent))],
                Flow.Cell(p.Title, p.Source),
                Flow.Cell(p.Stage),
                Flow.Cell(p.Since),
            ]));

        var withPeople = briefing.Partnerships.Where(p => p.People.Count > 0).ToList();
        if (withPeople.Count > 0)
        {
            flow.SubSection("Signatories and representatives");
            foreach (var p in withPeople)
            {
                flow.Bullets(p.People.Select(person => (IReadOnlyList<TextSpan>)[new TextSpan(person, Typography.Body)]));
            }
        }

        if (briefing.Aims.Count > 0)
        {
            flow.SubSection("Stated aims");
            flow.Bullets(briefing.Aims.Select(a => (IReadOnlyList<TextSpan>)[new TextSpan(a.Text, Typography.Body), Flow.Mark(a.Source)]));
        }
    }
}
