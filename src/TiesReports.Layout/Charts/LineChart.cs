using TiesReports.Layout.Rendering;

namespace TiesReports.Layout.Charts;

/// <summary>One line per series across the categories (months), with a point marker on every value.</summary>
public sealed class LineChart(ChartData data, ChartStyle style, double height = 170) : ChartBlock(data, style, height)
{
    protected override double CategoryCenter(PlotArea plot, int index) =>
        Data.Categories.Count <= 1 ? plot.Left + plot.Width / 2 : plot.Left + plot.Width * index / (Data.Categories.Count - 1);

    protected override void DrawMarks(LayoutContext context, PlotArea plot, NiceScale scale)
    {
        var markers = Data.Categories.Count <= 40;
        foreach (var series in Data.Series)
        {
            var segment = new List<(double X, double Y)>();
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is { } value)
                {
                    var point = (CategoryCenter(plot, i), plot.YOf(scale, value));
                    segment.Add(point);
                    if (markers)
                    {
                        context.Draw(new CircleOp(point.Item1, point.Item2, 1.8, series.Color));
                    }
                }
                else
                {
                    Flush(context, segment, series.Color);
                }
            }

            Flush(context, segment, series.Color);
        }
    }

    // Gaps in the data break the line instead of bridging missing months.
    private static void Flush(LayoutContext context, List<(double X, double Y)> segment, Color color)
    {
        if (segment.Count > 1)
        {
            context.Draw(new PolylineOp(segment.ToArray(), color));
        }

        segment.Clear();
    }
}
