using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>Trade volume: charts by year (and by month where monthly data exists), the table, and caveats.</summary>
public sealed class TradeSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section("Trade volume");
        var trade = briefing.Trade;
        if (trade.Rows.Count == 0)
        {
            flow.Empty("trade figures up to this period");
            return;
        }

        foreach (var chart in trade.Charts)
        {
            flow.Chart(chart);
        }

        flow.Table(
            [new TableColumn("Period", 1.3), new TableColumn("Between", 2), new TableColumn("Value (original)", 1.4, AlignRight: true), new TableColumn("Converted", 1.4, AlignRight: true)],
            trade.Rows.Select(r => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(r.Period),
                Flow.Cell(r.Flow),
                Flow.Cell(r.Value, r.Source),
                Flow.Cell(r.Converted),
            ]));

        foreach (var note in trade.Notes)
        {
            flow.Note(note);
        }
    }
}
