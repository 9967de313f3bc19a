using TiesReports.Layout.Elements;
using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Charts;

/// <summary>
/// The frame both chart kinds share: title, value axis with nice ticks and grid, category labels and legend.
/// Subclasses draw only the marks.
/// </summary>
public abstract class ChartBlock(ChartData data, ChartStyle style, double height) : Block
{
    protected ChartData Data { get; } = data;

    protected ChartStyle Style { get; } = style;

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = TextLayout.Break(Data.Title, Style.Title, context.Width);
        var legendHeight = Data.Series.Count > 1 ? Style.Legend.Size * 2.2 : 0;
        var total = title.Sum(l => l.Height) + height + legendHeight + 8;
        context.EnsureSpace(total);
        context.FlowLines(title);

        var values = Data.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var scale = NiceScale.For(values.Count == 0 ? 0 : values.Min(), values.Count == 0 ? 1 : values.Max());
        var tickLabels = scale.Ticks().Select(t => (Value: t, Line: TextLayout.Break(Data.FormatTick?.Invoke(t, scale.Decimals) ?? Data.FormatValue(t), Style.Axis, double.MaxValue)[0])).ToList();
        var axisWidth = tickLabels.Max(t => t.Line.Width) + 6;
        var plot = new PlotArea(context.Left + axisWidth, context.Y + Style.Axis.Size * 2.4, context.Width - axisWidth - 4, height - Style.Axis.Size * 4.4);

        foreach (var (value, line) in tickLabels)
        {
            var y = plot.YOf(scale, value);
            context.Draw(new LineOp(plot.Left, y, plot.Right, y, Style.Grid, 0.4, Dashed: value != 0));
            context.DrawLine(line, plot.Left - 4 - line.Width, y - line.Ascent / 2 - 1);
        }

        context.Draw(new LineOp(plot.Left, plot.Bottom, plot.Right, plot.Bottom, Style.AxisLine, 0.8));
        DrawAxisLabel(context, plot);
        DrawMarks(context, plot, scale);
        DrawCategories(context, plot);
        context.Y = plot.Bottom + Style.Axis.Size * 2.6;
        DrawLegend(context);
        context.Y += 8;
    }

    protected abstract void DrawMarks(LayoutContext context, PlotArea plot, NiceScale scale);

    /// <summary>Which category labels to print when there are too many to fit: every n-th.</summary>
    protected int LabelEvery(PlotArea plot)
    {
        var widest = Data.Categories.Count == 0 ? 0 : Data.Categories.Max(c => TextMeasurer.Width(c, Style.Axis)) + 6;
        var perCategory = plot.Width / Math.Max(1, Data.Categories.Count);
        return Math.Max(1, (int)Math.Ceiling(widest / perCategory));
    }

    protected abstract double CategoryCenter(PlotArea plot, int index);

    private void DrawCategories(LayoutContext context, PlotArea plot)
    {
        var every = LabelEvery(plot);
        for (var i = 0; i < Data.Categories.Count; i += every)
        {
            var line = TextLayout.Break(Data.Categories[i], Style.Axis, double.MaxValue)[0];
            context.DrawLine(line, CategoryCenter(plot, i) - line.Width / 2, plot.Bottom + 3);
        }
    }

    private void DrawAxisLabel(LayoutContext context, PlotArea plot)
    {
        var line = TextLayout.Break(Data.AxisLabel, Style.Axis, double.MaxValue)[0];
        context.DrawLine(line, plot.Left - 4 - line.Width / 2 < context.Left ? context.Left : plot.Left - 4 - line.Width / 2, plot.Top - Style.Axis.Size * 2.4);
    }

    private void DrawLegend(LayoutContext context)
    {
        if (Data.Series.Count < 2)
        {
            return;
        }

        var x = context.Left;
        foreach (var series in Data.Series)
        {
            var line = TextLayout.Break(series.Name, Style.Legend, double.MaxValue)[0];
            if (x + 14 + line.Width > context.Left + context.Width)
            {
                x = context.Left;
                context.Y += line.Height + 2;
            }

            context.Draw(new RectOp(x, context.Y + line.Ascent - 7, 9, 7, series.Color));
            context.DrawLine(line, x + 12, context.Y);
            x += 12 + line.Width + 14;
        }

        context.Y += Style.Legend.Size * 1.6;
    }
}
