using System.Globalization;

namespace TiesReports.Core.Model;

/// <summary>A calendar month, the period of a brief ("2026-11").</summary>
public readonly record struct Month(int Year, int Number) : IComparable<Month>
{
    public DateOnly FirstDay => new(Year, Number, 1);

    public DateOnly LastDay => new(Year, Number, DateTime.DaysInMonth(Year, Number));

    public static Month FromDate(DateOnly date) => new(date.Year, date.Month);

    public Month AddMonths(int months)
    {
        var d = FirstDay.AddMonths(months);
        return new Month(d.Year, d.Month);
    }

    /// <summary>Parses "yyyy-MM" strictly; the reason says what is wrong in words a user understands.</summary>
    public static bool TryParse(string? text, out Month month, out string? reason)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-' || !text.Remove(4, 1).All(char.IsAsciiDigit))
        {
            reason = $"period '{Truncate(text)}' is not of the form yyyy-MM (for example 2026-11)";
            return false;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var number = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (number is < 1 or > 12)
        {
            reason = $"period '{text}' names month {number:D2}, which does not exist";
            return false;
        }

        if (year < 1900 || year > 2200)
        {
            reason = $"period '{text}' is outside the years 1900-2200";
            return false;
        }

        month = new Month(year, number);
        reason = null;
        return true;
    }

    public int CompareTo(Month other) => (Year * 12 + Number).CompareTo(other.Year * 12 + other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");

    public string ToDisplayString() => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Truncate(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;
}
