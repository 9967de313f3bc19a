using TiesReports.Layout.Rendering;

namespace TiesReports.Layout.Elements;

public sealed class PageBreak : Block
{
    /// <summary>
    /// When set, the break happens only while the flow is still on this page (0-based). A summary meant to stand
    /// alone on page 1 that has already spilled onto page 2 (a longer language, more context) then lets the next
    /// section follow on, instead of leaving page 2 nearly empty.
    /// </summary>
    public int? OnlyOnPage { get; init; }

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AtPageTop && (OnlyOnPage is null || context.PageIndex == OnlyOnPage))
        {
            context.NewPage();
        }
    }
}
