using System.Diagnostics;
using System.Globalization;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// How numbers and money are printed in briefs (invariant culture, English words for magnitudes). One rule for
/// every amount, in tables, key figures, text and chart labels:
/// <list type="bullet">
/// <item>below one million: the whole amount with thousands separators; a fractional amount shows exactly the
/// currency's minor units (EUR 1,234.50, BHD 12.345, JPY and KRW never a decimal);</item>
/// <item>from one million: the amount in millions, billions, trillions or quadrillions with one or two decimals,
/// rounded half away from zero, and in the next unit up when rounding reaches 1,000 (999,996,000 is
/// "1.0 billion", never "1000.0 million");</item>
/// <item>a non-zero amount is never shown as 0: one too small for the minor unit keeps its first significant digit;</item>
/// <item>minus zero is zero;</item>
/// <item>a chart label is the same value at the same precision as the table (<see cref="InUnit"/>).</item>
/// </list>
/// </summary>
public static class Formats
{
    private const int ScaledDecimals = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (string Word, decimal Divisor)[] LargeUnits =
        [("million", 1e6m), ("billion", 1e9m), ("trillion", 1e12m), ("quadrillion", 1e15m)];

    /// <summary>"CNY 43.6 billion", "USD 812.45 million", "JPY 950,000", "EUR 1,234.50", "BHD 12.345".</summary>
    public static string Money(decimal value, string currency) => $"{currency} {Amount(value, currency)}";

    /// <summary>The amount as <see cref="Money"/> prints it, without the currency code.</summary>
    public static string Amount(decimal value, string currency) => Shown(value, Currencies.MinorUnits(currency)).Text;

    /// <summary>An amount in a currency with two minor units.</summary>
    public static string Magnitude(decimal value) => Shown(value, 2).Text;

    /// <summary>
    /// The unit a set of values reads best in, and its divisor: the unit the table prints the largest value in
    /// (after rounding, so 999,996,000 is in billions), or thousands below a million.
    /// </summary>
    public static (string Word, decimal Divisor) UnitFor(decimal max)
    {
        var shown = Shown(max, 2);
        if (shown.Divisor > 1)
        {
            return (shown.Word, shown.Divisor);
        }

        return Math.Abs(shown.Rounded) >= 1_000m ? ("thousand", 1_000m) : ("", 1m);
    }

    /// <summary>
    /// A chart label: <paramref name="valueInUnit"/> (already divided by <paramref name="divisor"/>) at the
    /// precision the table prints the same amount with. In the table's own unit the digits are the table's
    /// ("456.78" for "456.78 million"); in a larger unit the value keeps its digits ("0.00095" billion for 950,000),
    /// so no non-zero value becomes 0.
    /// </summary>
    public static string InUnit(decimal valueInUnit, decimal divisor, string currency)
    {
        if (divisor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "a unit's divisor is positive");
        }

        var shown = Shown(valueInUnit * divisor, Currencies.MinorUnits(currency));
        if (shown.Divisor == divisor)
        {
            return shown.Number;
        }

        var decimals = Math.Max(0, (int)Math.Ceiling(Math.Log10((double)(divisor / shown.Step)) - 1e-9));
        return (shown.Rounded / divisor).ToString("#,0." + new string('#', decimals), Invariant);
    }

    public static string Count(int value) => value.ToString("#,0", Invariant);

    /// <summary>"+4.2%", "−0.3%"; a change too small for one decimal reads "+<0.1%", never "+0.0%".</summary>
    public static string Percent(decimal change)
    {
        var sign = change >= 0 ? "+" : "−";
        var rounded = Math.Round(Math.Abs(change), 1, MidpointRounding.AwayFromZero);
        return rounded == 0 && change != 0 ? sign + "<0.1%" : sign + rounded.ToString("0.0", Invariant) + "%";
    }

    public static string Rate(decimal rate)
    {
        var text = rate.ToString(rate >= 1 ? "0.####" : "0.######", Invariant);
        return text == "0" && rate != 0 ? Significant(rate) : text;
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    private static ShownAmount Shown(decimal value, int minorUnits)
    {
        if (value == 0)
        {
            return new ShownAmount(0m, "0", "", 1m, 1m);
        }

        var rounded = Math.Round(value, minorUnits, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) < LargeUnits[0].Divisor)
        {
            if (rounded == 0)
            {
                var text = Significant(value);
                var decimals = text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1;
                return new ShownAmount(decimal.Parse(text, Invariant), text, "", 1m, Pow10(-decimals));
            }

            var whole = rounded == decimal.Truncate(rounded);
            var number = rounded.ToString(whole ? "#,0" : "#,0." + new string('0', minorUnits), Invariant);
            return new ShownAmount(rounded, number, "", 1m, Pow10(-minorUnits));
        }

        foreach (var (word, divisor) in LargeUnits)
        {
            var scaled = Math.Round(value / divisor, ScaledDecimals, MidpointRounding.AwayFromZero);
            if (Math.Abs(scaled) < 1_000m || divisor == LargeUnits[^1].Divisor)
            {
                return new ShownAmount(scaled * divisor, scaled.ToString("#,0.0#", Invariant), word, divisor, divisor * Pow10(-ScaledDecimals));
            }
        }

        throw new UnreachableException();
    }

    /// <summary>A value too small for its usual precision, to its first significant digit.</summary>
    private static string Significant(decimal value)
    {
        for (var decimals = 1; decimals <= 28; decimals++)
        {
            var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            if (rounded != 0)
            {
                return rounded.ToString("0." + new string('0', decimals), Invariant);
            }
        }

        return value.ToString(Invariant);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10 : result * 10;
        }

        return result;
    }

    /// <param name="Rounded">The value the text stands for.</param>
    /// <param name="Number">The digits, without a unit word.</param>
    /// <param name="Step">The smallest difference the text can show, in currency units.</param>
    private readonly record struct ShownAmount(decimal Rounded, string Number, string Word, decimal Divisor, decimal Step)
    {
        public string Text => Word.Length == 0 ? Number : $"{Number} {Word}";
    }
}
