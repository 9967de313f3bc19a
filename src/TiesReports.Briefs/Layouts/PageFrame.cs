using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
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
        var l = briefing.InLanguage();
        if (page.Number > 1)
        {
            var headerBaseline = setup.MarginTop - 30;
            var period = page.Text(l.Month(briefing.Period), Typography.Small, right, headerBaseline, alignRight: true);
            page.Text($"TiesReports  ·  {briefing.Title}", Typography.Small, setup.MarginLeft, headerBaseline, maxWidth: right - setup.MarginLeft - period - Gap);
            page.Draw(new LineOp(setup.MarginLeft, headerBaseline + 5, right, headerBaseline + 5, Typography.Rule, 0.5));
        }

        var footerBaseline = setup.Height - setup.MarginBottom + 34;
        page.Draw(new LineOp(setup.MarginLeft, footerBaseline - 11, right, footerBaseline - 11, Typography.Rule, 0.5));
        var left = briefing.Synthetic ? l.Text("footer.synthetic") + "  ·  " : "";
        var pageNumber = page.Text(l.Format("footer.page", ("page", Formats.Count(page.Number, l)), ("pages", Formats.Count(page.Count, l))), Typography.Small, right, footerBaseline, alignRight: true);
        page.Text(left + l.Format("footer.data-as-of", ("date", l.Date(briefing.AsOf))), Typography.Small, setup.MarginLeft, footerBaseline, maxWidth: right - setup.MarginLeft - pageNumber - Gap);
    }
}
