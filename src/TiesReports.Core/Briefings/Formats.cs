using System.Diagnostics;
using System.Globalization;
using TiesReports.Core.Localisation;
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
/// <item>a chart label is the same value at the same precision as the table (<see cref="InUnit(decimal, decimal, string)"/>).</item>
/// </list>
/// In Russian and Chinese the same rule holds with CLDR's symbols (ru: "43,6 млрд CNY", a no-break space groups
/// thousands; zh: "CNY 436亿"). Chinese counts large amounts in 万 and 亿 as Chinese readers do: from one million
/// in 万 (100万–9,999.99万), from 10⁸ in 亿, from 10¹² in 万亿, with up to two decimals and no trailing ".0"
/// (436亿, not 436.0亿: the unit is ten times finer than a billion, so fewer digits are shown, never more).
/// Unit words are CLDR's short compact forms for ru (млн, млрд, трлн) and zh (万, 亿, 万亿); the words and where
/// the currency code goes live in the glossary.
/// </summary>
public static class Formats
{
    private const int ScaledDecimals = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Amounts from here on are written in a large unit (millions, 万), in every language.</summary>
    private const decimal LargeFrom = 1e6m;

    private static readonly (string Key, decimal Divisor)[] LargeUnits =
        [("unit.million", 1e6m), ("unit.billion", 1e9m), ("unit.trillion", 1e12m), ("unit.quadrillion", 1e15m)];

    private static readonly (string Key, decimal Divisor)[] ChineseLargeUnits =
        [("unit.ten-thousand", 1e4m), ("unit.hundred-million", 1e8m), ("unit.trillion", 1e12m)];

    /// <summary>"CNY 43.6 billion", "USD 812.45 million", "JPY 950,000", "EUR 1,234.50", "BHD 12.345".</summary>
    public static string Money(decimal value, string currency) => Money(value, currency, Language.English);

    /// <summary>The amount with its currency code where the language puts it: "CNY 43.6 billion", "43,6 млрд CNY".</summary>
    public static string Money(decimal value, string currency, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format("format.money", ("currency", currency), ("amount", Amount(value, currency, language)));
    }

    /// <summary>The amount as <see cref="Money(decimal, string)"/> prints it, without the currency code.</summary>
    public static string Amount(decimal value, string currency) => Amount(value, currency, Language.English);

    public static string Amount(decimal value, string currency, Language language) => Shown(value, Currencies.MinorUnits(currency), language).Text;

    /// <summary>An amount in a currency with two minor units.</summary>
    public static string Magnitude(decimal value) => Shown(value, 2, Language.English).Text;

    /// <summary>
    /// The unit a set of values reads best in, and its divisor: the unit the table prints the largest value in
    /// (after rounding, so 999,996,000 is in billions), or thousands below a million.
    /// </summary>
    public static (string Word, decimal Divisor) UnitFor(decimal max) => UnitFor(max, Language.English);

    public static (string Word, decimal Divisor) UnitFor(decimal max, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var shown = Shown(max, 2, language);
        if (shown.Divisor > 1)
        {
            return (shown.Word, shown.Divisor);
        }

        var (key, divisor) = language == Language.Chinese ? ("unit.ten-thousand", 1e4m) : ("unit.thousand", 1e3m);
        return Math.Abs(shown.Rounded) >= divisor ? (language.Text(key), divisor) : ("", 1m);
    }

    /// <summary>
    /// A chart label: <paramref name="valueInUnit"/> (already divided by <paramref name="divisor"/>) at the
    /// precision the table prints the same amount with. In the table's own unit the digits are the table's
    /// ("456.78" for "456.78 million"); in a larger unit the value keeps its digits ("0.00095" billion for 950,000),
    /// so no non-zero value becomes 0.
    /// </summary>
    public static string InUnit(decimal valueInUnit, decimal divisor, string currency) => InUnit(valueInUnit, divisor, currency, Language.English);

    public static string InUnit(decimal valueInUnit, decimal divisor, string currency, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (divisor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "a unit's divisor is positive");
        }

        var shown = Shown(valueInUnit * divisor, Currencies.MinorUnits(currency), language);
        if (shown.Divisor == divisor)
        {
            return shown.Number;
        }

        var decimals = Math.Max(0, (int)Math.Ceiling(Math.Log10((double)(divisor / shown.Step)) - 1e-9));
        return language.LocalDigits((shown.Rounded / divisor).ToString("#,0." + new string('#', decimals), Invariant));
    }

    public static string Count(int value) => Count(value, Language.English);

    public static string Count(int value, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.LocalDigits(value.ToString("#,0", Invariant));
    }

    /// <summary>"+4.2%", "−0.3%"; a change too small for one decimal reads "+<0.1%", never "+0.0%".</summary>
    public static string Percent(decimal change) => Percent(change, Language.English);

    public static string Percent(decimal change, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var sign = change >= 0 ? "+" : "−";
        var rounded = Math.Round(Math.Abs(change), 1, MidpointRounding.AwayFromZero);
        var number = rounded == 0 && change != 0 ? "<" + language.LocalDigits("0.1") : language.LocalDigits(rounded.ToString("0.0", Invariant));
        return sign + language.Format("format.percent", ("number", number));
    }

    public static string Rate(decimal rate) => Rate(rate, Language.English);

    public static string Rate(decimal rate, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = rate.ToString(rate >= 1 ? "0.####" : "0.######", Invariant);
        return language.LocalDigits(text == "0" && rate != 0 ? Significant(rate) : text);
    }

    public static string Date(DateOnly date) => Language.English.Date(date);

    private static ShownAmount Shown(decimal value, int minorUnits, Language language)
    {
        if (value == 0)
        {
            return new ShownAmount(0m, "0", "", 1m, 1m, language);
        }

        var rounded = Math.Round(value, minorUnits, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) < LargeFrom)
        {
            if (rounded == 0)
            {
                var text = Significant(value);
                var decimals = text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1;
                return new ShownAmount(decimal.Parse(text, Invariant), language.LocalDigits(text), "", 1m, Pow10(-decimals), language);
            }

            var whole = rounded == decimal.Truncate(rounded);
            var number = rounded.ToString(whole ? "#,0" : "#,0." + new string('0', minorUnits), Invariant);
            return new ShownAmount(rounded, language.LocalDigits(number), "", 1m, Pow10(-minorUnits), language);
        }

        var units = language == Language.Chinese ? ChineseLargeUnits : LargeUnits;
        var pattern = language == Language.Chinese ? "#,0.##" : "#,0.0#";
        for (var i = 0; i < units.Length; i++)
        {
            var (key, divisor) = units[i];
            var scaled = Math.Round(value / divisor, ScaledDecimals, MidpointRounding.AwayFromZero);
            if (i == units.Length - 1 || Math.Abs(scaled) < units[i + 1].Divisor / divisor)
            {
                return new ShownAmount(scaled * divisor, language.LocalDigits(scaled.ToString(pattern, Invariant)), language.Text(key), divisor, divisor * Pow10(-ScaledDecimals), language);
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
    private readonly record struct ShownAmount(decimal Rounded, string Number, string Word, decimal Divisor, decimal Step, Language Language)
    {
        public string Text => Word.Length == 0 ? Number : Language.Format("format.number-unit", ("number", Number), ("unit", Word));
    }
}
