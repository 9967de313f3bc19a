using System.Globalization;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Honest precision for derived figures: a ratio of two stated amounts carries no more significant digits than
/// the less precise of them (at least two, so a rate stays usable), and is printed with "≈".
/// </summary>
public static class Precision
{
    private const int MinimumDigits = 2;

    /// <summary>Significant digits of a stated amount: trailing zeros of a whole number are not counted.</summary>
    public static int SignificantDigits(decimal value)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        if (!value.ToString(CultureInfo.InvariantCulture).Contains('.', StringComparison.Ordinal))
        {
            digits = digits.TrimEnd('0');
        }

        return Math.Max(1, digits.Length);
    }

    /// <summary>"≈ 0.14" for 6,000,000,000 / 43,600,000,000.</summary>
    public static string ApproximateRatio(decimal numerator, decimal denominator)
    {
        var digits = Math.Max(MinimumDigits, Math.Min(SignificantDigits(numerator), SignificantDigits(denominator)));
        return "≈ " + Round(numerator / denominator, digits);
    }

    public static string Round(decimal value, int significantDigits)
    {
        if (value == 0)
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = significantDigits - 1 - magnitude;
        if (decimals >= 0)
        {
            var rounded = Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
            return rounded.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        }

        // Whole numbers keep only their significant digits: 142.857 to two digits is 140.
        var unit = (decimal)Math.Pow(10, -decimals);
        return (Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit).ToString("#,0", CultureInfo.InvariantCulture);
    }
}
