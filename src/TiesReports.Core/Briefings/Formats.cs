using System.Globalization;

namespace TiesReports.Core.Briefings;

/// <summary>How numbers and money are printed in briefs (invariant culture, English words for magnitudes).</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"CNY 43.6 billion", "USD 812.4 million", "RUB 950,000".</summary>
    public static string Money(decimal value, string currency) => $"{currency} {Magnitude(value)}";

    public static string Magnitude(decimal value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1_000_000_000_000m => (value / 1_000_000_000_000m).ToString("0.0#", Invariant) + " trillion",
            >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.0#", Invariant) + " billion",
            >= 1_000_000m => (value / 1_000_000m).ToString("0.0#", Invariant) + " million",
            _ => value.ToString("#,0.##", Invariant),
        };
    }

    /// <summary>The unit a set of values reads best in, and its divisor.</summary>
    public static (string Word, decimal Divisor) UnitFor(decimal max) => max switch
    {
        >= 1_000_000_000_000m => ("trillion", 1_000_000_000_000m),
        >= 1_000_000_000m => ("billion", 1_000_000_000m),
        >= 1_000_000m => ("million", 1_000_000m),
        >= 1_000m => ("thousand", 1_000m),
        _ => ("", 1m),
    };

    public static string Count(int value) => value.ToString("#,0", Invariant);

    public static string Percent(decimal change) => (change >= 0 ? "+" : "−") + Math.Abs(change).ToString("0.0", Invariant) + "%";

    public static string Rate(decimal rate) => rate.ToString(rate >= 1 ? "0.####" : "0.######", Invariant);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);
}
