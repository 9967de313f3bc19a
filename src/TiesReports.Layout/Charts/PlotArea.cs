namespace TiesReports.Layout.Charts;

/// <summary>The rectangle marks are drawn in, and the mapping of values into it.</summary>
public sealed record PlotArea(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double YOf(NiceScale scale, double value) => Bottom - (scale ?? throw new ArgumentNullException(nameof(scale))).Fraction(value) * Height;
}
