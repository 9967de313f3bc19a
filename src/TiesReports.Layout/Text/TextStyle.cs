namespace TiesReports.Layout.Text;

/// <summary>How a piece of text looks: size in points, weight, slant, colour and line height.</summary>
public sealed record TextStyle(double Size = 10, bool Bold = false, bool Italic = false, Color Color = default, double LineHeight = 1.35)
{
    public TextStyle WithColor(Color color) => this with { Color = color };

    public TextStyle AsBold() => this with { Bold = true, Italic = false };

    public TextStyle AsItalic() => this with { Italic = true, Bold = false };

    public TextStyle WithSize(double size) => this with { Size = size };
}
