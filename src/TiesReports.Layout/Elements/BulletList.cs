using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

/// <summary>Items with a bullet, each wrapped under its own first character.</summary>
public sealed class BulletList(IReadOnlyList<IReadOnlyList<TextSpan>> items, TextStyle bulletStyle) : Block
{
    public double Indent { get; init; } = 14;

    public double SpaceBetween { get; init; } = 2;

    public double SpaceAfter { get; init; } = 6;

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var item in items)
        {
            var lines = TextLayout.Break(item, context.Width - Indent);
            var bullet = TextLayout.Break("•", bulletStyle, Indent)[0];
            context.EnsureSpace(lines[0].Height);
            context.DrawLine(bullet, context.Left + 3, context.Y + (lines[0].Ascent - bullet.Ascent));
            context.FlowLines(lines, Indent);
            context.Y += SpaceBetween;
        }

        context.Y += SpaceAfter;
    }
}
