namespace TiesReports.Layout.Charts;

/// <summary>
/// Axis ticks at "nice" steps (1, 2, 2.5 or 5 times a power of ten) covering the data, so axes read
/// 0, 10, 20, 30 and not 0, 13.7, 27.4.
/// </summary>
public sealed record NiceScale(double Min, double Max, double Step)
{
    public static NiceScale For(double dataMin, double dataMax, int maxTicks = 6)
    {
        var min = Math.Min(0, dataMin);
        var max = Math.Max(0, dataMax);
        if (max - min < 1e-12)
        {
            max = min + 1;
        }

        var step = NiceStep((max - min) / Math.Max(1, maxTicks - 1));
        return new NiceScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Min + i * Step;
        }
    }

    /// <summary>The decimals that print every tick exactly: 0 for a step of 50, 1 for 0.5, 2 for 0.25.</summary>
    public int Decimals
    {
        get
        {
            for (var decimals = 0; decimals < 15; decimals++)
            {
                if (Math.Abs(Math.Round(Step, decimals) - Step) <= Step * 1e-9)
                {
                    return decimals;
                }
            }

            return 15;
        }
    }

    public double Fraction(double value) => (value - Min) / (Max - Min);

    private static double NiceStep(double rough)
    {
        var exponent = Math.Floor(Math.Log10(rough));
        var power = Math.Pow(10, exponent);
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
