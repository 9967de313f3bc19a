using TiesReports.Layout.Rendering;

namespace TiesReports.Layout.Elements;

/// <summary>A piece of the document flow that lays itself out at the cursor, breaking pages as it needs.</summary>
public abstract class Block
{
    public abstract void Layout(LayoutContext context);
}
