using TiesReports.Layout.Text;

namespace TiesReports.Layout.Charts;

public sealed record ChartStyle(TextStyle Title, TextStyle Axis, TextStyle ValueLabel, TextStyle Legend, Color Grid, Color AxisLine);
