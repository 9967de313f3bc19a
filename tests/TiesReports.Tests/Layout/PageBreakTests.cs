using TiesReports.Layout.Elements;
using TiesReports.Layout.Rendering;

namespace TiesReports.Tests.Layout;

public sealed class PageBreakTests
{
    [Fact]
    public void PageBreak_OnlyOnPage1_BreaksWhileThePageIsStillPage1()
    {
        var context = new LayoutContext(new PageSetup()) { Y = 300 };

        new PageBreak { OnlyOnPage = 0 }.Layout(context);

        Assert.Equal(2, context.Pages.Count);
        Assert.True(context.AtPageTop);
    }

    [Fact]
    public void PageBreak_OnlyOnPage1_WhenTheSummaryAlreadyRanOntoPage2_LetsTheNextSectionFollowOn()
    {
        var context = new LayoutContext(new PageSetup());
        context.NewPage();
        context.Y = 120;

        new PageBreak { OnlyOnPage = 0 }.Layout(context);

        Assert.Equal(2, context.Pages.Count);
        Assert.Equal(120, context.Y);
    }

    [Fact]
    public void PageBreak_Unconditional_BreaksOnAnyPage()
    {
        var context = new LayoutContext(new PageSetup());
        context.NewPage();
        context.Y = 120;

        new PageBreak().Layout(context);

        Assert.Equal(3, context.Pages.Count);
    }
}
