using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

/// <summary>
/// A section title with an outline entry. It keeps at least <see cref="KeepWithNext"/> points of the
/// following content on its page, so a heading is never stranded at a page bottom.
/// </summary>
public sealed class Heading(string text, TextStyle style, int level, Color? rule = null) : Block
{
    public double KeepWithNext { get; init; } = 72;

    public double SpaceBefore { get; init; } = 14;

    public double SpaceAfter { get; init; } = 6;

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = TextLayout.Break(text, style, context.Width);
        var height = lines.Sum(l => l.Height) + (rule is null ? 0 : 4);
        if (!context.AtPageTop)
        {
            context.Y += SpaceBefore;
        }

        context.EnsureSpace(height + KeepWithNext);
        context.Bookmark(text, level);
        context.FlowLines(lines);
        if (rule is { } color)
        {
            context.Y += 2;
            context.Draw(new LineOp(context.Left, context.Y, context.Left + context.Width, context.Y, color, 0.8));
            context.Y += 2;
        }

        context.Y += SpaceAfter;
    }
}
