using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>Events in the brief's month, upcoming ones, and earlier or undated ones.</summary>
public sealed class EventsSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var l = briefing.InLanguage();
        flow.Section(l.Text("section.events"));
        var events = briefing.Events;
        var labelWider = briefing.Scope == BriefScope.Partnership;
        Group(flow, l, l.Format("section.events-in", ("period", l.Month(briefing.Period))), events.InPeriod, "empty.events-in-month", labelWider);
        OtherTiesNote.Add(flow, briefing, events.InPeriodNotShown);
        Group(flow, l, l.Text("section.upcoming"), events.Upcoming, "empty.upcoming-events", labelWider);
        OtherTiesNote.Add(flow, briefing, events.UpcomingNotShown);
        Group(flow, l, l.Text("section.earlier"), events.Earlier, "empty.earlier-events", labelWider);
        if (events.EarlierNotShown > 0)
        {
            flow.Note(l.Count("events.earlier-not-shown", events.EarlierNotShown));
        }

        if (events.LaterNotShown > 0)
        {
            flow.Note(l.Count("events.later-not-shown", events.LaterNotShown));
        }
    }

    private static void Group(Flow flow, Language l, string title, IReadOnlyList<EventEntry> entries, string emptyKey, bool labelWider)
    {
        flow.SubSection(title);
        if (entries.Count == 0)
        {
            flow.Note(l.Text(emptyKey));
            return;
        }

        flow.Table(
            [new TableColumn(l.Text("column.event"), 2.6), new TableColumn(l.Text("column.kind"), 0.9), new TableColumn(l.Text("column.where"), 0.9), new TableColumn(l.Text("column.when"), 1.8)],
            entries.Select(e => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                !labelWider || e.Scope == FactScope.Partnership ? Flow.Cell(e.Name, e.Source) : Flow.Cell(l.Format("events.wider", ("name", e.Name)), e.Source),
                Flow.Cell(e.Kind),
                Flow.Cell(e.Place),
                Flow.Cell(e.When),
            ]));
    }
}
