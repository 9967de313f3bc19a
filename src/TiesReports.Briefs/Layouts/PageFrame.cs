using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Rendering;

namespace TiesReports.Briefs.Layouts;

/// <summary>
/// Header from page two on, and on every page a footer with the data date and "Page X of Y". The right-hand
/// text is drawn first; the left-hand text gets what remains and is cut with an ellipsis, so they never overlap.
/// </summary>
public sealed class PageFrame(Briefing briefing) : IPageDecoration
{
    private const double Gap = 12;

    public void Decorate(PageDecorationContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var setup = page.Setup;
        var right = setup.Width - setup.MarginRight;
        if (page.Number > 1)
        {
            var headerBaseline = setup.MarginTop - 30;
            var period = page.Text(briefing.Period.ToDisplayString(), Typography.Small, right, headerBaseline, alignRight: true);
            page.Text($"TiesReports  ·  {briefing.Title}", Typography.Small, setup.MarginLeft, headerBaseline, maxWidth: right - setup.MarginLeft - period - Gap);
            page.Draw(new LineOp(setup.MarginLeft, headerBaseline + 5, right, headerBaseline + 5, Typography.Rule, 0.5));
        }

        var footerBaseline = setup.Height - setup.MarginBottom + 34;
        page.Draw(new LineOp(setup.MarginLeft, footerBaseline - 11, right, footerBaseline - 11, Typography.Rule, 0.5));
        var left = briefing.Synthetic ? "SYNTHETIC DATA  ·  " : "";
        var pageNumber = page.Text($"Page {page.Number} of {page.Count}", Typography.Small, right, footerBaseline, alignRight: true);
        page.Text($"{left}Data as of {Formats.Date(briefing.AsOf)}  ·  Every figure cites a numbered source", Typography.Small, setup.MarginLeft, footerBaseline, maxWidth: right - setup.MarginLeft - pageNumber - Gap);
    }
}
