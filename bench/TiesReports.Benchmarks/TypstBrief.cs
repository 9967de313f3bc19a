using System.Globalization;
using System.Text;
using TiesReports.Core.Briefings;

namespace TiesReports.Benchmarks;

/// <summary>
/// The same brief as Typst markup, section for section with <see cref="HtmlBrief"/> and in the same Noto fonts,
/// so Typst typesets the content TiesReports draws. Every text goes in as a Typst string, so nothing in the data
/// can be read as markup.
/// </summary>
internal static class TypstBrief
{
    public static string Render(Briefing b)
    {
        var t = new StringBuilder(64 * 1024);
        t.Append("""
            #set page(paper: "a4", margin: (top: 25mm, bottom: 22mm, x: 20mm),
              footer: context align(right, text(size: 6pt)[Page #counter(page).display() of #counter(page).final().first()]))
            #set text(font: ("Noto Sans", "Source Han Sans SC"), size: 9.5pt, fill: rgb("#1D2733"))
            #show heading: it => block(below: 6pt, stroke: (bottom: 1pt + rgb("#C9D3DE")), inset: (bottom: 3pt), text(size: 15pt, fill: rgb("#0B5394"), it.body))
            #set table(stroke: (x, y) => (bottom: 0.3pt + rgb("#C9D3DE")), fill: (x, y) => if y == 0 { rgb("#E8F0F8") } else if calc.even(y) { rgb("#F5F7FA") }, inset: 4pt)
            #show table: set text(size: 8.5pt)

            """);
        t.Append(CultureInfo.InvariantCulture, $"PARTNERSHIP BRIEFING · {M(b.Period.ToDisplayString())}\n\n#text(size: 28pt, weight: \"bold\", {S(b.Title)})\n\n");
        t.Append(CultureInfo.InvariantCulture, $"#text(size: 20pt, fill: rgb(\"#0B5394\"), {S(b.Home.NativeName + " – " + string.Join(", ", b.Partners.Select(p => p.NativeName)))})\n\n{M(b.Subtitle)}\n\n");
        t.Append("= Executive summary\n");
        foreach (var s in b.Summary)
        {
            t.Append(CultureInfo.InvariantCulture, $"- {M(s)}\n");
        }

        t.Append("\n#grid(columns: (1fr, 1fr, 1fr), gutter: 8pt,\n");
        foreach (var k in b.KeyFigures)
        {
            t.Append(CultureInfo.InvariantCulture, $"  block(fill: rgb(\"#F5F7FA\"), stroke: (left: 3pt + rgb(\"#0B5394\")), inset: 8pt, width: 100%)[{M(k.Label)} \\ #text(size: 15pt, weight: \"bold\", {S(k.Value)}) \\ {M(k.Detail)} #text(size: 7.5pt, fill: rgb(\"#0B5394\"), {S(k.Source?.ToString() ?? "")})],\n");
        }

        t.Append(")\n");
        Table(t, "Partners and stage", ["Partner", "Agreement", "Stage", "Since"], b.Partnerships.Select(p => new[] { p.Partner.Name + " " + p.Partner.NativeName, p.Title, p.Stage, p.Since }));
        foreach (var a in b.Aims)
        {
            t.Append(CultureInfo.InvariantCulture, $"- {M(a.Text)} #text(size: 7.5pt, fill: rgb(\"#0B5394\"), {S(a.Source.ToString())})\n");
        }

        Table(t, "Cooperation sectors", ["Sector", "Status", "Partner", "Notes"], b.Sectors.Select(s => new[] { s.Sector, s.Status, s.Partner, s.Notes + " " + s.Source }));
        t.Append("= Trade volume\n");
        foreach (var chart in b.Trade.Charts)
        {
            Chart(t, chart);
        }

        Table(t, null, ["Period", "Between", "Value (original)", "Converted"], b.Trade.Rows.Select(r => new[] { r.Period, r.Flow, r.Value + " " + r.Source, r.Converted }));
        Table(t, "Institutions and connectivity", ["Institution", "Kind", "In", "Linked with", "Established"], b.Institutions.Select(i => new[] { i.Name, i.Kind, i.Host, i.Related, i.Established }));
        Table(t, null, ["Link", "Between", "Status", "Since", "Notes"], b.Connections.Select(c => new[] { c.Kind, c.Places, c.Status, c.Since, c.Description }));
        Table(t, "Events", ["Event", "Kind", "Where", "When"], b.Events.InPeriod.Concat(b.Events.Upcoming).Concat(b.Events.Earlier).Select(e => new[] { e.Name, e.Kind, e.Place, e.When }));
        t.Append("= Sources\n");
        foreach (var s in b.Sources)
        {
            var link = s.Url is null ? "" : $" #link({S(s.Url.AbsoluteUri)})";
            t.Append(CultureInfo.InvariantCulture, $"*{M($"[{s.Number}]")}* {M(s.Citation)}{link}\n\n");
        }

        return t.ToString();
    }

    private static void Table(StringBuilder t, string? title, string[] headers, IEnumerable<string[]> rows)
    {
        if (title is not null)
        {
            t.Append(CultureInfo.InvariantCulture, $"= {M(title)}\n");
        }

        t.Append(CultureInfo.InvariantCulture, $"#table(columns: {headers.Length}, table.header(");
        t.AppendJoin(", ", headers.Select(h => $"strong({S(h)})"));
        t.Append("),\n");
        foreach (var row in rows)
        {
            t.Append("  ");
            foreach (var cell in row)
            {
                t.Append(S(cell)).Append(", ");
            }

            t.Append('\n');
        }

        t.Append(")\n");
    }

    /// <summary>Bars placed on a canvas, as the HTML page's SVG draws them.</summary>
    private static void Chart(StringBuilder t, TradeChart chart)
    {
        const double W = 480, H = 180;
        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => (double)v).DefaultIfEmpty(1).ToList();
        var max = Math.Max(values.Max(), 1e-9);
        var n = Math.Max(1, chart.Categories.Count);
        t.Append(CultureInfo.InvariantCulture, $"*{M(chart.Title)}*\n\n#box(width: {W}pt, height: {H + 20}pt, {{\n");
        for (var i = 0; i <= 4; i++)
        {
            var y = H - i * H / 4;
            t.Append(CultureInfo.InvariantCulture, $"  place(dx: 30pt, dy: {y:0.#}pt, line(length: {W - 30}pt, stroke: rgb(\"#DDE3EA\")))\n");
            t.Append(CultureInfo.InvariantCulture, $"  place(dx: 0pt, dy: {y - 7:0.#}pt, text(size: 7pt, \"{max * i / 4:0.##}\"))\n");
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            for (var i = 0; i < chart.Series[s].Values.Count; i++)
            {
                if (chart.Series[s].Values[i] is { } v)
                {
                    var h = (double)v / max * H;
                    var x = 30 + (W - 30) * i / n + s * 6;
                    t.Append(CultureInfo.InvariantCulture, $"  place(dx: {x:0.#}pt, dy: {H - h:0.#}pt, rect(width: {Math.Max(2, (W - 30) / n * 0.7):0.#}pt, height: {h:0.#}pt, fill: rgb(\"#0B5394\")))\n");
                }
            }
        }

        t.Append("})\n\n");
    }

    /// <summary>A string literal placed in markup.</summary>
    private static string M(string text) => "#" + S(text);

    /// <summary>A Typst string literal: text, never markup.</summary>
    private static string S(string text)
    {
        var s = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => s.Append("\\\\"),
                '"' => s.Append("\\\""),
                '\n' => s.Append("\\n"),
                '\r' => s,
                _ => s.Append(c),
            };
        }

        return s.Append('"').ToString();
    }
}
