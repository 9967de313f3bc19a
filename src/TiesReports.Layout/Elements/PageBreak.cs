using TiesReports.Layout.Rendering;

namespace TiesReports.Layout.Elements;

public sealed class PageBreak : Block
{
    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AtPageTop)
        {
            context.NewPage();
        }
    }
}
