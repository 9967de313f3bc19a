using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Rendering;

namespace TiesReports.Briefs.Layouts;

/// <summary>Header from page two on, and on every page a footer with the data date and "Page X of Y".</summary>
public sealed class PageFrame(Briefing briefing) : IPageDecoration
{
    public void Decorate(PageDecorationContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var setup = page.Setup;
        var right = setup.Width - setup.MarginRight;
        if (page.Number > 1)
        {
            var headerBaseline = setup.MarginTop - 30;
            page.Text($"TiesReports  ·  {briefing.Title}", Typography.Small, setup.MarginLeft, headerBaseline);
            page.Text(briefing.Period.ToDisplayString(), Typography.Small, right, headerBaseline, alignRight: true);
            page.Draw(new LineOp(setup.MarginLeft, headerBaseline + 5, right, headerBaseline + 5, Typography.Rule, 0.5));
        }

        var footerBaseline = setup.Height - setup.MarginBottom + 34;
        page.Draw(new LineOp(setup.MarginLeft, footerBaseline - 11, right, footerBaseline - 11, Typography.Rule, 0.5));
        var left = briefing.Synthetic ? "SYNTHETIC DATA  ·  " : "";
        page.Text($"{left}Data as of {Formats.Date(briefing.AsOf)}  ·  Every figure cites a numbered source", Typography.Small, setup.MarginLeft, footerBaseline);
        page.Text($"Page {page.Number} of {page.Count}", Typography.Small, right, footerBaseline, alignRight: true);
    }
}
