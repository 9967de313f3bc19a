using TiesReports.Layout.Rendering;

namespace TiesReports.Layout.Elements;

/// <summary>Vertical space; swallowed at the top of a page.</summary>
public sealed class Spacer(double height) : Block
{
    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AtPageTop)
        {
            context.Y = Math.Min(context.Y + height, context.Setup.ContentBottom);
        }
    }
}
