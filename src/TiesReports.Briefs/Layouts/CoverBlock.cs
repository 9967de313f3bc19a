using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>The top of page one: what the brief is about, both places in both scripts, the period and the data's date.</summary>
public sealed class CoverBlock(Briefing briefing) : Block
{
    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Draw(new RectOp(0, 0, context.Setup.Width, 10, Typography.Accent));
        var l = briefing.InLanguage();
        var kind = briefing.Scope == BriefScope.Partnership ? l.Text("cover.partnership-briefing") : l.Text("cover.city-briefing");
        context.FlowLines(TextLayout.Break($"{kind.ToUpperInvariant()}  ·  {l.Month(briefing.Period).ToUpperInvariant()}", Typography.CoverLabel, context.Width));
        context.Y += 4;
        context.Bookmark(l.Text("cover.bookmark"), 0);
        context.FlowLines(TextLayout.Break(briefing.Title, Typography.CoverTitle, context.Width));
        var native = briefing.Scope == BriefScope.Partnership
            ? $"{briefing.Home.NativeName} – {briefing.Partners[0].NativeName}"
            : briefing.Home.NativeName;
        context.FlowLines(TextLayout.Break(native, Typography.CoverNative, context.Width));
        context.FlowLines(TextLayout.Break(briefing.Subtitle, Typography.CoverMeta, context.Width));
        context.Y += 10;

        var places = briefing.Scope == BriefScope.Partnership ? new[] { briefing.Home, briefing.Partners[0] } : [briefing.Home];
        DrawPlaceCards(context, places);

        var meta = l.Count("cover.meta", briefing.Sources.Count, ("period", l.Month(briefing.Period)), ("asOf", l.Date(briefing.AsOf)));
        context.FlowLines(TextLayout.Break(meta, Typography.Small, context.Width));
        if (briefing.SourceTextNote is { } sourceText)
        {
            context.FlowLines(TextLayout.Break(sourceText, Typography.Small, context.Width));
        }

        if (briefing.Synthetic)
        {
            context.Y += 4;
            context.FlowLines(TextLayout.Break(briefing.DataNote, Typography.Banner, context.Width));
        }

        context.Y += 6;
        context.Draw(new LineOp(context.Left, context.Y, context.Left + context.Width, context.Y, Typography.Rule, 0.8));
        context.Y += 4;
    }

    private static void DrawPlaceCards(LayoutContext context, IReadOnlyList<PlaceName> places)
    {
        const double Gap = 10;
        const double Pad = 9;
        var width = (context.Width - Gap * (places.Count - 1)) / places.Count;
        var laid = places.Select(p =>
        {
            var lines = new List<TextLine>();
            lines.AddRange(TextLayout.Break($"{p.Kind.ToUpperInvariant()} · {p.Country.ToUpperInvariant()}", Typography.CoverLabel, width - 2 * Pad));
            lines.AddRange(p.Name == p.NativeName
                ? TextLayout.Break([new TextSpan(p.Name, Typography.SubSection.WithColor(Typography.Accent))], width - 2 * Pad)
                : TextLayout.Break([new TextSpan(p.Name + "  ", Typography.SubSection), new TextSpan(p.NativeName, Typography.SubSection.WithColor(Typography.Accent))], width - 2 * Pad));
            if (p.Region is not null)
            {
                lines.AddRange(TextLayout.Break(p.NativeRegion is null || p.NativeRegion == p.Region ? p.Region : $"{p.Region} · {p.NativeRegion}", Typography.Small, width - 2 * Pad));
            }

            return lines;
        }).ToList();
        var height = laid.Max(l => l.Sum(x => x.Height)) + 2 * Pad;
        for (var i = 0; i < laid.Count; i++)
        {
            var x = context.Left + i * (width + Gap);
            context.Draw(new RectOp(x, context.Y, width, height, Typography.AccentSoft));
            var y = context.Y + Pad;
            foreach (var line in laid[i])
            {
                context.DrawLine(line, x + Pad, y);
                y += line.Height;
            }
        }

        context.Y += height + 8;
    }
}
