using TiesReports.Layout.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>One page to decorate, with its number and the total.</summary>
public sealed class PageDecorationContext(PageContent content, PageSetup setup, int number, int count)
{
    public PageSetup Setup { get; } = setup;

    public int Number { get; } = number;

    public int Count { get; } = count;

    public void Draw(DrawOp op) => content.Ops.Add(op);

    /// <summary>
    /// Draws single-line text; <paramref name="alignRight"/> puts its right edge at <paramref name="x"/>. Text wider
    /// than <paramref name="maxWidth"/> is cut with an ellipsis. Returns the width drawn.
    /// </summary>
    public double Text(string text, TextStyle style, double x, double baseline, bool alignRight = false, double maxWidth = double.MaxValue)
    {
        var line = TextLayout.Break(TextMeasurer.Fit(text, style, maxWidth), style, double.MaxValue)[0];
        var left = alignRight ? x - line.Width : x;
        foreach (var run in line.Runs)
        {
            Draw(new TextOp(run, left + run.X, baseline));
        }

        return line.Width;
    }
}
