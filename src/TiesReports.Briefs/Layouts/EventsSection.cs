using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>Events in the brief's month, upcoming ones, and earlier or undated ones.</summary>
public sealed class EventsSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section("Events");
        var events = briefing.Events;
        Group(flow, $"In {briefing.Period.ToDisplayString()}", events.InPeriod, "events in this month");
        Group(flow, "Upcoming", events.Upcoming, "upcoming events");
        Group(flow, "Earlier and undated", events.Earlier, "earlier events");
        if (events.EarlierNotShown > 0)
        {
            flow.Note($"{events.EarlierNotShown} further earlier events are in the data and not listed here.");
        }
    }

    private static void Group(Flow flow, string title, IReadOnlyList<EventEntry> entries, string what)
    {
        flow.SubSection(title);
        if (entries.Count == 0)
        {
            flow.Empty(what);
            return;
        }

        flow.Table(
            [new TableColumn("Event", 2.6), new TableColumn("Kind", 0.9), new TableColumn("Where", 0.9), new TableColumn("When", 1.8)],
            entries.Select(e => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(e.Name, e.Source),
                Flow.Cell(e.Kind),
                Flow.Cell(e.Place),
                Flow.Cell(e.When),
            ]));
    }
}
