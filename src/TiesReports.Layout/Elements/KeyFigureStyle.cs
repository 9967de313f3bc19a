using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

public sealed record KeyFigureStyle(TextStyle Label, TextStyle Value, TextStyle Detail, Color Background, Color Accent);
