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
        var labelWider = briefing.Scope == BriefScope.Partnership;
        Group(flow, $"In {briefing.Period.ToDisplayString()}", events.InPeriod, "events in this month", labelWider);
        Group(flow, "Upcoming", events.Upcoming, "upcoming events", labelWider);
        Group(flow, "Earlier and undated", events.Earlier, "earlier events", labelWider);
        if (events.EarlierNotShown > 0)
        {
            flow.Note($"{events.EarlierNotShown} further earlier events are in the data and not listed here.");
        }

        if (events.LaterNotShown > 0)
        {
            flow.Note($"{events.LaterNotShown} recorded {(events.LaterNotShown == 1 ? "event falls" : "events fall")} after this period and before the data's as-of date; as of this period {(events.LaterNotShown == 1 ? "it is" : "they are")} not listed.");
        }
    }

    private static void Group(Flow flow, string title, IReadOnlyList<EventEntry> entries, string what, bool labelWider)
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
                !labelWider || e.Scope == FactScope.Partnership ? Flow.Cell(e.Name, e.Source) : Flow.Cell($"{e.Name} (wider ties, not specific to this partnership)", e.Source),
                Flow.Cell(e.Kind),
                Flow.Cell(e.Place),
                Flow.Cell(e.When),
            ]));
    }
}
