using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>
/// Trade volume: charts per currency, the table (each row saying what it covers, who reports it and the
/// conversion's basis), both reporters side by side, month-by-month tables, and caveats.
/// </summary>
public sealed class TradeSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var l = briefing.InLanguage();
        flow.Section(l.Text("section.trade"));
        var trade = briefing.Trade;
        if (trade.Rows.Count == 0)
        {
            flow.Note(l.Text("empty.trade"));
            return;
        }

        foreach (var chart in trade.Charts)
        {
            flow.Chart(chart, l);
        }

        flow.Table(
            [new TableColumn(l.Text("column.covers"), 1.3), new TableColumn(l.Text("column.between"), 2), new TableColumn(l.Text("column.value-original"), 1.3, AlignRight: true), new TableColumn(l.Text("column.converted"), 2)],
            trade.Rows.Select(r => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(r.Period),
                Flow.Cell(r.Flow),
                Flow.Cell(r.Value, r.Source),
                Flow.Cell(r.Converted),
            ]));

        if (trade.ReporterComparisons.Count > 0)
        {
            flow.SubSection(l.Text("section.both-sides"));
            flow.Bullets(trade.ReporterComparisons.Select(c => (IReadOnlyList<TextSpan>)[new TextSpan(c, Typography.Body)]));
        }

        foreach (var table in trade.Monthly)
        {
            flow.SubSection(l.Format("section.month-by-month", ("flow", table.Flow)));
            flow.Table(
                [new TableColumn(l.Text("column.month"), 1), new TableColumn((table.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 1.3, AlignRight: true), new TableColumn(table.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), 1.3, AlignRight: true), new TableColumn(l.Text("column.change"), 0.8, AlignRight: true)],
                table.Rows.Select(r => (IReadOnlyList<IReadOnlyList<TextSpan>>)
                [
                    Flow.Cell(r.Month),
                    Flow.Cell(r.PreviousYear),
                    Flow.Cell(r.Year),
                    Flow.Cell(r.Change),
                ]));
        }

        foreach (var note in trade.Notes)
        {
            flow.Note(note);
        }
    }
}
