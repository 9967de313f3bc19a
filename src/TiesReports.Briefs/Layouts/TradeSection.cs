using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
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
            [new TableColumn("Covers", 1.3), new TableColumn("Between", 2), new TableColumn("Value (original)", 1.3, AlignRight: true), new TableColumn("Converted, with basis", 2)],
            trade.Rows.Select(r => (IReadOnlyList<IReadOnlyList<TextSpan>>)
            [
                Flow.Cell(r.Period),
                Flow.Cell(r.Flow),
                Flow.Cell(r.Value, r.Source),
                Flow.Cell(r.Converted),
            ]));

        if (trade.ReporterComparisons.Count > 0)
        {
            flow.SubSection("Both sides' reports");
            flow.Bullets(trade.ReporterComparisons.Select(c => (IReadOnlyList<TextSpan>)[new TextSpan(c, Typography.Body)]));
        }

        foreach (var table in trade.Monthly)
        {
            flow.SubSection($"Month by month: {table.Flow}");
            flow.Table(
                [new TableColumn("Month", 1), new TableColumn((table.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 1.3, AlignRight: true), new TableColumn(table.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), 1.3, AlignRight: true), new TableColumn("Change", 0.8, AlignRight: true)],
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
