using System.Globalization;
using System.Text;

namespace TiesReports.Core.Localisation;

/// <summary>
/// Writes a date by a CLDR pattern ("d MMMM y 'г'.", "y年M月d日") with CLDR month names. Hand-written because
/// .NET's own formatter needs ICU at run time, which the app leaves off (InvariantGlobalization): only the
/// fields briefs use are known (d, M, MMM, MMMM, L, LLL, LLLL, y, yy and quoted literals).
/// </summary>
internal static class DatePattern
{
    public static string Format(string pattern, LocaleData locale, int year, int month = 1, int day = 1)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                var end = pattern.IndexOf('\'', i + 1);
                if (end == i + 1)
                {
                    text.Append('\'');
                    i += 2;
                    continue;
                }

                end = end < 0 ? pattern.Length : end;
                text.Append(pattern, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            text.Append(Field(c, run, locale, year, month, day) ?? pattern.Substring(i, run));
            i += run;
        }

        return text.ToString();
    }

    private static string? Field(char field, int width, LocaleData locale, int year, int month, int day) => (field, width) switch
    {
        ('d', _) => day.ToString(CultureInfo.InvariantCulture),
        ('y', 2) => (year % 100).ToString("00", CultureInfo.InvariantCulture),
        ('y', _) => year.ToString(CultureInfo.InvariantCulture),
        ('M' or 'L', <= 2) => month.ToString(CultureInfo.InvariantCulture),
        ('M' or 'L', 3) => locale.MonthsAbbreviated[month - 1],
        ('M', _) => locale.MonthsFormat[month - 1],
        ('L', _) => locale.MonthsStandAlone[month - 1],
        _ => null,
    };
}
