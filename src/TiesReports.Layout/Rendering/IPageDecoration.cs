namespace TiesReports.Layout.Rendering;

/// <summary>Draws what repeats on pages (header, footer, "page X of Y") once the page count is known.</summary>
public interface IPageDecoration
{
    void Decorate(PageDecorationContext page);
}
