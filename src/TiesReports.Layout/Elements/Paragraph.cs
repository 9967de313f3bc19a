using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

/// <summary>Wrapped rich text that flows across pages line by line.</summary>
public sealed class Paragraph(IReadOnlyList<TextSpan> spans) : Block
{
    public Paragraph(string text, TextStyle style)
        : this([new TextSpan(text, style)])
    {
    }

    public double SpaceAfter { get; init; } = 6;

    public double Indent { get; init; }

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = TextLayout.Break(spans, context.Width - Indent);

        // Avoid a lone first line at the bottom of a page.
        context.EnsureSpace(Math.Min(lines.Count, 2) * lines[0].Height);
        context.FlowLines(lines, Indent);
        context.Y += SpaceAfter;
    }
}
