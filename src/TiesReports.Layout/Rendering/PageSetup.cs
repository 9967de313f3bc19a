namespace TiesReports.Layout.Rendering;

/// <summary>Page size and margins in points (1/72 inch). The default is A4 with room for header and footer.</summary>
public sealed record PageSetup(double Width = 595.28, double Height = 841.89, double MarginLeft = 56, double MarginRight = 56, double MarginTop = 72, double MarginBottom = 64)
{
    /// <summary>Most pages a document may have; beyond it layout stops with <see cref="DocumentTooLargeException"/>.</summary>
    public int MaxPages { get; init; } = 1_000;

    public double ContentWidth => Width - MarginLeft - MarginRight;

    public double ContentBottom => Height - MarginBottom;
}
