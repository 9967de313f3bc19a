using System.Globalization;
using System.Net;
using System.Text;
using TiesReports.Core.Briefings;

namespace TiesReports.Benchmarks;

/// <summary>
/// The same brief as HTML with an SVG chart, the way an HTML-to-PDF generator would build it, with the same
/// Noto fonts, so Chromium prints the same content TiesReports draws.
/// </summary>
internal static class HtmlBrief
{
    public static string Render(Briefing b)
    {
        var fonts = Path.Combine(Paths.Root, "node_modules", "@expo-google-fonts");
        var chinese = Path.Combine(Paths.Root, "node_modules", "node-source-han-sans-sc");
        var html = new StringBuilder(64 * 1024);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{E(b.Title)}}</title><style>
            @font-face { font-family: Noto; src: url("file://{{fonts}}/noto-sans/400Regular/NotoSans_400Regular.ttf"); }
            @font-face { font-family: Noto; font-weight: bold; src: url("file://{{fonts}}/noto-sans/700Bold/NotoSans_700Bold.ttf"); }
            @font-face { font-family: NotoSC; src: url("file://{{chinese}}/SourceHanSansSC-Regular.otf"); }
            @font-face { font-family: NotoSC; font-weight: bold; src: url("file://{{chinese}}/SourceHanSansSC-Bold.otf"); }
            @page { size: A4; margin: 25mm 20mm 22mm 20mm; }
            body { font-family: Noto, NotoSC; font-size: 9.5pt; color: #1D2733; }
            h1 { font-size: 28pt; margin: 0; } h2 { color: #0B5394; font-size: 15pt; border-bottom: 1px solid #C9D3DE; page-break-after: avoid; }
            table { width: 100%; border-collapse: collapse; font-size: 8.5pt; } thead { display: table-header-group; }
            th { background: #E8F0F8; text-align: left; padding: 4pt; } td { padding: 4pt; border-bottom: .3pt solid #C9D3DE; vertical-align: top; }
            tr:nth-child(even) td { background: #F5F7FA; } .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; }
            .card { background: #F5F7FA; border-left: 3pt solid #0B5394; padding: 8pt; } .value { font-size: 15pt; font-weight: bold; }
            .src { color: #0B5394; font-size: 7.5pt; } .note { font-style: italic; color: #5B6776; }
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p>PARTNERSHIP BRIEFING · {E(b.Period.ToDisplayString())}</p><h1>{E(b.Title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p style='font-size:20pt;color:#0B5394'>{E(b.Home.NativeName)} – {E(string.Join(", ", b.Partners.Select(p => p.NativeName)))}</p><p>{E(b.Subtitle)}</p>");
        html.Append("<h2>Executive summary</h2><ul>");
        foreach (var s in b.Summary)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(s)}</li>");
        }

        html.Append("</ul><div class='cards'>");
        foreach (var k in b.KeyFigures)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class='card'><div>{E(k.Label)}</div><div class='value'>{E(k.Value)}</div><div>{E(k.Detail)} <span class='src'>{k.Source}</span></div></div>");
        }

        html.Append("</div>");
        Table(html, "Partners and stage", ["Partner", "Agreement", "Stage", "Since"], b.Partnerships.Select(p => new[] { p.Partner.Name + " " + p.Partner.NativeName, p.Title, p.Stage, p.Since }));
        html.Append("<ul>");
        foreach (var a in b.Aims)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(a.Text)} <span class='src'>{a.Source}</span></li>");
        }

        html.Append("</ul>");
        Table(html, "Cooperation sectors", ["Sector", "Status", "Partner", "Notes"], b.Sectors.Select(s => new[] { s.Sector, s.Status, s.Partner, s.Notes + " " + s.Source }));
        html.Append("<h2>Trade volume</h2>");
        foreach (var chart in b.Trade.Charts)
        {
            html.Append(Svg(chart));
        }

        Table(html, null, ["Period", "Between", "Value (original)", "Converted"], b.Trade.Rows.Select(r => new[] { r.Period, r.Flow, r.Value + " " + r.Source, r.Converted }));
        Table(html, "Institutions and connectivity", ["Institution", "Kind", "In", "Linked with", "Established"], b.Institutions.Select(i => new[] { i.Name, i.Kind, i.Host, i.Related, i.Established }));
        Table(html, null, ["Link", "Between", "Status", "Since", "Notes"], b.Connections.Select(c => new[] { c.Kind, c.Places, c.Status, c.Since, c.Description }));
        Table(html, "Events", ["Event", "Kind", "Where", "When"], b.Events.InPeriod.Concat(b.Events.Upcoming).Concat(b.Events.Earlier).Select(e => new[] { e.Name, e.Kind, e.Place, e.When }));
        html.Append("<h2>Sources</h2>");
        foreach (var s in b.Sources)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><b>[{s.Number}]</b> {E(s.Citation)} {(s.Url is null ? "" : $"<a href='{E(s.Url.AbsoluteUri)}'>{E(s.Url.AbsoluteUri)}</a>")}</p>");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string? title, string[] headers, IEnumerable<string[]> rows)
    {
        if (title is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2>");
        }

        html.Append("<table><thead><tr>");
        foreach (var h in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(h)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{E(cell)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Svg(TradeChart chart)
    {
        const double W = 480, H = 180;
        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => (double)v).DefaultIfEmpty(1).ToList();
        var max = Math.Max(values.Max(), 1e-9);
        var n = Math.Max(1, chart.Categories.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<p><b>{E(chart.Title)}</b></p><svg width='{W}' height='{H + 20}' xmlns='http://www.w3.org/2000/svg'>");
        for (var t = 0; t <= 4; t++)
        {
            var y = H - t * H / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1='30' x2='{W}' y1='{y:0.#}' y2='{y:0.#}' stroke='#DDE3EA'/><text x='0' y='{y:0.#}' font-size='7'>{max * t / 4:0.##}</text>");
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            for (var i = 0; i < chart.Series[s].Values.Count; i++)
            {
                if (chart.Series[s].Values[i] is { } v)
                {
                    var h = (double)v / max * H;
                    var x = 30 + (W - 30) * i / n + s * 6;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x='{x:0.#}' y='{H - h:0.#}' width='{Math.Max(2, (W - 30) / n * 0.7):0.#}' height='{h:0.#}' fill='#0B5394'/>");
                }
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
