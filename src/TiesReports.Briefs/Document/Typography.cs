using TiesReports.Layout;
using TiesReports.Layout.Charts;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Document;

/// <summary>Every text style and colour of the brief, in one place.</summary>
public static class Typography
{
    public static Color Ink { get; } = Color.Hex("#1D2733");
    public static Color Muted { get; } = Color.Hex("#5B6776");
    public static Color Accent { get; } = Color.Hex("#0B5394");
    public static Color AccentSoft { get; } = Color.Hex("#E8F0F8");
    public static Color Rule { get; } = Color.Hex("#C9D3DE");
    public static Color Stripe { get; } = Color.Hex("#F5F7FA");
    public static Color Warning { get; } = Color.Hex("#B45309");

    public static IReadOnlyList<Color> Series { get; } =
    [
        Color.Hex("#0B5394"), Color.Hex("#C0504D"), Color.Hex("#4F9A4B"), Color.Hex("#E69F00"), Color.Hex("#7E57C2"), Color.Hex("#00838F"),
    ];

    public static TextStyle CoverTitle { get; } = new(28, Bold: true, Color: Ink, LineHeight: 1.2);
    public static TextStyle CoverNative { get; } = new(20, Color: Accent, LineHeight: 1.3);
    public static TextStyle CoverMeta { get; } = new(11, Color: Muted);
    public static TextStyle CoverLabel { get; } = new(8.5, Bold: true, Color: Muted);
    public static TextStyle Section { get; } = new(15, Bold: true, Color: Accent, LineHeight: 1.3);
    public static TextStyle SubSection { get; } = new(11.5, Bold: true, Color: Ink);
    public static TextStyle Body { get; } = new(9.5, Color: Ink);
    public static TextStyle BodyBold { get; } = new(9.5, Bold: true, Color: Ink);
    public static TextStyle Note { get; } = new(8.5, Italic: true, Color: Muted);
    public static TextStyle SourceMark { get; } = new(7.5, Color: Accent);
    public static TextStyle Small { get; } = new(8, Color: Muted);
    public static TextStyle Link { get; } = new(8.5, Color: Accent);
    public static TextStyle Banner { get; } = new(9, Bold: true, Color: Warning);

    public static TableStyle Table { get; } = new(
        new TextStyle(8, Bold: true, Color: Ink),
        new TextStyle(8.5, Color: Ink, LineHeight: 1.3),
        AccentSoft,
        Stripe,
        Rule);

    public static KeyFigureStyle KeyFigures { get; } = new(
        new TextStyle(7.5, Bold: true, Color: Muted),
        new TextStyle(15, Bold: true, Color: Ink, LineHeight: 1.25),
        new TextStyle(7.5, Color: Muted, LineHeight: 1.3),
        Stripe,
        Accent);

    public static ChartStyle Chart { get; } = new(
        new TextStyle(9.5, Bold: true, Color: Ink),
        new TextStyle(7, Color: Muted),
        new TextStyle(7, Bold: true, Color: Ink),
        new TextStyle(7.5, Color: Ink),
        Color.Hex("#DDE3EA"),
        Muted);
}
