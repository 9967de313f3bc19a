using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Charts;

/// <summary>Grouped vertical bars, one group per category, with value labels above the bars when they fit.</summary>
public sealed class BarChart(ChartData data, ChartStyle style, double height = 190) : ChartBlock(data, style, height)
{
    protected override double CategoryCenter(PlotArea plot, int index) =>
        plot.Left + plot.Width * (index + 0.5) / Math.Max(1, Data.Categories.Count);

    protected override void DrawMarks(LayoutContext context, PlotArea plot, NiceScale scale)
    {
        var groups = Math.Max(1, Data.Categories.Count);
        var groupWidth = plot.Width / groups;
        var barWidth = Math.Min(48, groupWidth * 0.75 / Math.Max(1, Data.Series.Count));
        var showLabels = barWidth >= 14;
        for (var c = 0; c < Data.Categories.Count; c++)
        {
            var start = CategoryCenter(plot, c) - barWidth * Data.Series.Count / 2;
            for (var s = 0; s < Data.Series.Count; s++)
            {
                if (Data.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var top = plot.YOf(scale, value);
                var x = start + s * barWidth;
                context.Draw(new RectOp(x + 1, Math.Min(top, plot.YOf(scale, 0)), barWidth - 2, Math.Abs(plot.YOf(scale, 0) - top), Data.Series[s].Color));
                if (showLabels)
                {
                    var label = TextLayout.Break(Data.FormatValue(value), Style.ValueLabel, double.MaxValue)[0];
                    if (label.Width <= barWidth + 10 || Data.Series.Count == 1)
                    {
                        context.DrawLine(label, x + barWidth / 2 - label.Width / 2, top - label.Height);
                    }
                }
            }
        }
    }
}
