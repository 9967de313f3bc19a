using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>
/// Partners, the stage of each partnership as of the period, the place's other partners, a place brief's
/// comparison by partner, the stage history, who acted for each side, and the stated aims.
/// </summary>
public sealed class PartnersSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var l = briefing.InLanguage();
        flow.Section(l.Text("section.partners"));
        if (briefing.Partnerships.Count == 0)
        {
            flow.Note(l.Text("empty.partnerships"));
            return;
        }

        flow.Table(
            [new TableColumn(l.Text("column.partner"), 1.6), new TableColumn(l.Text("column.agreement"), 1.5), new TableColumn(l.Text("column.stage"), 1.1), new TableColumn(l.Text("column.since"), 1.8)],
            briefing.Partnerships.Select(p => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                // In the place's own language its name is already the native one: print it once.
                p.Partner.Name == p.Partner.NativeName
                    ? [new TextSpan(p.Partner.Name, Typography.Table.Body.AsBold())]
                    : [new TextSpan(p.Partner.Name, Typography.Table.Body.AsBold()), new TextSpan(" " + p.Partner.NativeName, Typography.Table.Body.WithColor(Typography.Accent))],
                Flow.Cell(p.Title, p.Source),
                Flow.Cell(p.Stage),
                Flow.Cell(p.Since),
            ]));

        if (briefing.OtherPartners is { } others)
        {
            flow.Text(others);
        }

        if (briefing.Comparison.Count > 0)
        {
            flow.SubSection(l.Text("section.partnerships-compared"));
            flow.Table(
                [new TableColumn(l.Text("column.partner"), 1.3), new TableColumn(l.Text("column.stage"), 1), new TableColumn(l.Text("column.since"), 1.2), new TableColumn(l.Text("column.sectors-in-force"), 2), new TableColumn(l.Text("column.latest-trade"), 1.8)],
                briefing.Comparison.Select(c => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                [
                    [new TextSpan(c.Partner.Name, Typography.Table.Body.AsBold())],
                    Flow.Cell(c.Stage),
                    Flow.Cell(c.Since),
                    Flow.Cell(c.SectorsInForce),
                    Flow.Cell(c.LatestTrade),
                ]));
        }

        if (briefing.Timeline.Count > 0)
        {
            flow.SubSection(l.Text("section.stage-history"));
            flow.Table(
                [new TableColumn(l.Text("column.when"), 1.2), new TableColumn(l.Text("column.stage"), 1.5), new TableColumn(l.Text("column.partner"), 1.2)],
                briefing.Timeline.Select(t => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                [
                    Flow.Cell(t.When),
                    Flow.Cell(t.Stage, t.Source),
                    Flow.Cell(t.Partner),
                ]));
        }

        var withPeople = briefing.Partnerships.Where(p => p.People.Count > 0).ToList();
        if (withPeople.Count > 0)
        {
            flow.SubSection(l.Text("section.people"));
            foreach (var p in withPeople)
            {
                flow.Bullets(p.People.Select(person => (IReadOnlyList<TextSpan>)[new TextSpan(person, Typography.Body)]));
            }
        }

        if (briefing.Aims.Count > 0)
        {
            flow.SubSection(l.Text("section.stated-aims"));
            flow.Bullets(briefing.Aims.Select(a => (IReadOnlyList<TextSpan>)[new TextSpan(a.Text, Typography.Body), Flow.Mark(a.Source)]));
        }
    }
}
