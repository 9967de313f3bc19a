using System.Globalization;

namespace TiesReports.Core.Model;

/// <summary>
/// A calendar date known to a year, a month or a day. Sources often give only "May 2024" or "2023";
/// keeping the precision stops the brief from printing a day nobody stated.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day covered by this date.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day covered by this date.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    public static bool TryParse(string? text, out PartialDate date, out string? reason)
    {
        date = default;
        reason = null;
        if (string.IsNullOrEmpty(text))
        {
            reason = "date is empty";
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || text.Any(c => c != '-' && !char.IsAsciiDigit(c)))
        {
            reason = $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1800 || year > 2200)
        {
            reason = $"year {year} is outside 1800-2200";
            return false;
        }

        int? month = null;
        int? day = null;
        if (parts.Length > 1)
        {
            month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                reason = $"month {parts[1]} does not exist";
                return false;
            }
        }

        if (parts.Length > 2)
        {
            day = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))
            {
                reason = $"{text} is not a day of the calendar";
                return false;
            }
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Human form: "12 May 2024", "May 2024" or "2024".</summary>
    public string ToDisplayString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };
}
