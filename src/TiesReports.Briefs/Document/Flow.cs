using System.Globalization;
using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Charts;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Document;

/// <summary>
/// The builder components write to: small verbs (heading, paragraph, table…) with the brief's typography
/// already applied, so a section reads as what it shows, not how.
/// </summary>
public sealed class Flow
{
    private readonly List<Block> _blocks = [];

    public IReadOnlyList<Block> Blocks => _blocks;

    public Flow Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    public Flow Section(string title) => Add(new Heading(title, Typography.Section, level: 0, Typography.Rule));

    public Flow SubSection(string title) => Add(new Heading(title, Typography.SubSection, level: 1) { KeepWithNext = 48, SpaceBefore = 8, SpaceAfter = 4 });

    public Flow Text(string text) => Add(new Paragraph(text, Typography.Body));

    public Flow Text(params TextSpan[] spans) => Add(new Paragraph(spans));

    public Flow Note(string text) => Add(new Paragraph(text, Typography.Note));

    public Flow Bullets(IEnumerable<IReadOnlyList<TextSpan>> items) => Add(new BulletList(items.ToList(), Typography.Body));

    public Flow Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<IReadOnlyList<TextSpan>>> rows) =>
        Add(new Table(columns, rows.ToList(), Typography.Table));

    public Flow Space(double points) => Add(new Spacer(points));

    /// <summary>A cell or run of plain text.</summary>
    public static IReadOnlyList<TextSpan> Cell(string text) => [new TextSpan(text, Typography.Table.Body)];

    /// <summary>A cell whose text ends with its source mark, e.g. "Agreed [1]".</summary>
    public static IReadOnlyList<TextSpan> Cell(string text, SourceRef? source) =>
        source is null ? Cell(text) : [new TextSpan(text + " ", Typography.Table.Body), new TextSpan(source.ToString(), Typography.SourceMark, Isolated: true)];

    /// <summary>
    /// A source mark after text, isolated for the bidi algorithm: after an Arabic or Hebrew phrase ending in digits its
    /// brackets would otherwise join the phrase's right-to-left order and show the mark inside it.
    /// </summary>
    public static TextSpan Mark(SourceRef source) => new(" " + source, Typography.SourceMark, Isolated: true);

    public Flow Chart(TradeChart chart, Language language)
    {
        var data = new ChartData(
            chart.Title,
            chart.Categories,
            chart.Series.Select((s, i) => new ChartSeries(s.Name, s.Values.Select(v => (double?)v).ToList(), Typography.Series[i % Typography.Series.Count])).ToList(),
            v => Formats.InUnit((decimal)v, chart.Divisor, chart.Currency, language),
            chart.Unit,
            // Negative ticks carry the minus sign amounts and changes use (−), not a hyphen.
            (v, decimals) => language.LocalDigits(((decimal)v).ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture)).Replace('-', '−'));
        return Add(chart.Monthly ? new LineChart(data, Typography.Chart) : new BarChart(data, Typography.Chart));
    }
}
