using TiesReports.Layout.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// The cursor blocks lay themselves out with: the current page, the vertical position on it, and page breaks.
/// </summary>
public sealed class LayoutContext
{
    private readonly List<PageContent> _pages = [];
    private readonly List<Bookmark> _bookmarks = [];

    public LayoutContext(PageSetup setup)
    {
        Setup = setup ?? throw new ArgumentNullException(nameof(setup));
        NewPage();
    }

    public PageSetup Setup { get; }

    public IReadOnlyList<PageContent> Pages => _pages;

    public IReadOnlyList<Bookmark> Bookmarks => _bookmarks;

    public PageContent Page => _pages[^1];

    public int PageIndex => _pages.Count - 1;

    /// <summary>Distance from the top of the page to where the next block starts.</summary>
    public double Y { get; set; }

    public double Left => Setup.MarginLeft;

    public double Width => Setup.ContentWidth;

    public double Remaining => Setup.ContentBottom - Y;

    public bool AtPageTop => Y <= Setup.MarginTop + 0.01;

    public void NewPage()
    {
        if (_pages.Count >= Setup.MaxPages)
        {
            throw new DocumentTooLargeException($"The document would run to more than {Setup.MaxPages:N0} pages; narrow the data or the period.");
        }

        _pages.Add(new PageContent());
        Y = Setup.MarginTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits; returns whether it did.</summary>
    public bool EnsureSpace(double height)
    {
        if (height <= Remaining || AtPageTop)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void Draw(DrawOp op) => Page.Ops.Add(op);

    public void Bookmark(string title, int level) => _bookmarks.Add(new Bookmark(title, level, PageIndex, Y));

    /// <summary>Draws one text line with its top at <paramref name="top"/>, adding link areas for linked runs.</summary>
    public void DrawLine(TextLine line, double x, double top)
    {
        ArgumentNullException.ThrowIfNull(line);
        var baseline = top + line.Ascent;
        foreach (var run in line.Runs)
        {
            Draw(new TextOp(run, x + run.X, baseline));
            if (run.Link is not null)
            {
                Draw(new LinkOp(x + run.X, top, run.Width, line.Height, run.Link));
            }
        }
    }

    /// <summary>Draws lines at the cursor, breaking pages between lines as needed.</summary>
    public void FlowLines(IReadOnlyList<TextLine> lines, double indent = 0)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            EnsureSpace(line.Height);
            DrawLine(line, Left + indent, Y);
            Y += line.Height;
        }
    }
}
