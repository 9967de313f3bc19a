using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// Data ↔ PDF number fidelity on generated data, read back from the PDF's text. The rule the brief follows (English):
/// an amount prints as "CUR n", n being the whole amount with its currency's minor units below a million, else 1 ≤ n
/// &lt; 1000 with at most two decimals and a unit word (million, billion, trillion, quadrillion); a change prints as a
/// signed percentage with one decimal; dates print as "27 November 2026", "November 2026" or, on chart axes, "Nov 26".
/// <list type="bullet">
/// <item>Forward: every monthly trade value of the pair for the brief's year (to its month) and the year before is on
/// the page, within half the printed precision.</item>
/// <item>Backward: every number on the page traces to the data. An amount is a record's value, a conversion, or
/// the sum of one series' consecutive months of one year; a percentage is the change between the same months of two
/// years of one series; a date is one in the data, the period, the month before it or the data's as-of date; a plain
/// number is a number written in the data (ids, names, notes, counts, rates), an amount in the chart's unit, an
/// axis tick (a multiple of a 1-2-2.5-5 step), a page number, a source number, or a small count of records
/// (≤ the brief's own records, not traced one by one).</item>
/// </list>
/// </summary>
public sealed partial class NumberFidelityTests
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    [Theory]
    [InlineData(7, 2025, 12)]
    [InlineData(19, 2025, 6)]
    [InlineData(42, 2026, 11)]
    [InlineData(101, 2025, 1)]
    public void Brief_OnGeneratedData_PrintsEveryTradeFigureAndOnlyNumbersThatTraceToTheData(int seed, int year, int month)
    {
        var options = new SyntheticDatasetOptions { Partnerships = 5, TradeYears = 3, Seed = seed };
        var bytes = SyntheticDatasetGenerator.Generate(options);
        var data = JsonNode.Parse(bytes)!.AsObject();
        var loaded = SeedData.Load(("synthetic.json", bytes));
        Assert.Empty(loaded.Errors);
        var builder = new BriefingBuilder(loaded.Dataset);
        var period = new Month(year, month);
        var trace = new DataTrace(data, period);
        var failures = new List<string>();

        for (var i = 0; i < options.Partnerships; i++)
        {
            var subject = SyntheticDatasetGenerator.PartnershipId(i);
            var pdf = Infrastructure.Briefs.Render(builder.Build(new BriefRequest(subject, period)));
            var pages = ContentOrderPages(pdf);
            var text = Normalise(string.Join(" ", pages));

            failures.AddRange(MissingTradeValues(text, trace, SyntheticDatasetGenerator.HubId, SyntheticDatasetGenerator.PartnerId(i)).Select(f => $"{subject}: {f}"));
            failures.AddRange(UntracedNumbers(text, trace, pages.Count).Select(f => $"{subject}: {f}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("zh-Hans")]
    public void Brief_InAnotherLanguage_PrintsEveryMonthlyValueInThatLanguagesForm(string tag)
    {
        var language = Language.FromTag(tag)!;
        var options = new SyntheticDatasetOptions { Partnerships = 3, TradeYears = 2, Seed = 11 };
        var bytes = SyntheticDatasetGenerator.Generate(options);
        var loaded = SeedData.Load(("synthetic.json", bytes));
        var period = new Month(2025, 12);
        var trace = new DataTrace(JsonNode.Parse(bytes)!.AsObject(), period);
        var failures = new List<string>();

        for (var i = 0; i < options.Partnerships; i++)
        {
            var pdf = Infrastructure.Briefs.Render(new BriefingBuilder(loaded.Dataset).Build(new BriefRequest(SyntheticDatasetGenerator.PartnershipId(i), period, Language: language)));
            var text = Normalise(string.Join(" ", ContentOrderPages(pdf)));
            var pair = trace.Trade.Where(t => t.Reporter == SyntheticDatasetGenerator.HubId && t.Counterpart == SyntheticDatasetGenerator.PartnerId(i));
            failures.AddRange(pair.Select(t => Normalise(Formats.Money(t.Value, t.Currency, language))).Where(m => !text.Contains(m, StringComparison.Ordinal)).Select(m => $"{tag}: '{m}' not printed"));
            failures.AddRange(EnglishUnit().Matches(text).Select(m => $"{tag}: English unit in '{m.Value}'"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    // Each month's row of the month-by-month table: "March CNY 102.48 million CNY 117.43 million +14.6%", the year
    // before first; a month after the period reads "(after this period)".
    private static IEnumerable<string> MissingTradeValues(string text, DataTrace trace, string hub, string partner)
    {
        var records = trace.Trade.Where(t => t.Reporter == hub && t.Counterpart == partner).ToDictionary(t => t.Period);
        if (records.Count == 0)
        {
            yield break;
        }

        for (var month = 1; month <= 12; month++)
        {
            var row = Regex.Match(text, $@"\b{MonthNames[month - 1]} (?<before>{RowCell}) (?<now>{RowCell}|\(after this period\))");
            if (!row.Success)
            {
                yield return $"no month-by-month row for {MonthNames[month - 1]}";
                continue;
            }

            foreach (var (year, cell) in new[] { (trace.Period.Year - 1, row.Groups["before"].Value), (trace.Period.Year, row.Groups["now"].Value) })
            {
                var expected = records.GetValueOrDefault(new Month(year, month));
                var afterPeriod = year == trace.Period.Year && month > trace.Period.Number;
                var amount = Amounts(cell).FirstOrDefault();
                var right = afterPeriod ? cell == "(after this period)"
                    : expected is null ? cell == "—"
                    : amount is not null && amount.Currency == expected.Currency && amount.Covers(expected.Value);
                if (!right)
                {
                    yield return $"{MonthNames[month - 1]} {year} reads '{cell}', the data say {(expected is null ? "nothing" : $"{expected.Currency} {expected.Value}")}";
                }
            }
        }
    }

    private const string RowCell = @"—|[A-Z]{3} −?\d[\d,.]*(?: (?:million|billion|trillion|quadrillion))?";

    private static IEnumerable<string> UntracedNumbers(string text, DataTrace trace, int pageCount)
    {
        var rest = text;

        foreach (var amount in Amounts(rest))
        {
            if (!amount.WellFormed)
            {
                yield return $"'{amount.Text}' breaks the amount rule";
            }
            else if (!trace.AmountsIn(amount.Currency).Any(amount.Covers))
            {
                yield return $"'{amount.Text}' traces to no value, conversion or sum of the data";
            }
        }

        rest = AmountPattern().Replace(rest, " ");
        foreach (Match match in PercentPattern().Matches(rest))
        {
            if (!trace.ChangeMatches(match.Value))
            {
                yield return $"'{match.Value}' is no change between two years of a series";
            }
        }

        rest = PercentPattern().Replace(rest, " ");
        foreach (Match match in DayDatePattern().Matches(rest))
        {
            var date = DateOnly.ParseExact(match.Value, "d MMMM yyyy", CultureInfo.InvariantCulture);
            if (!trace.Dates.Contains(date))
            {
                yield return $"'{match.Value}' is no date of the data";
            }
        }

        rest = DayDatePattern().Replace(rest, " ");
        foreach (Match match in MonthDatePattern().Matches(rest))
        {
            var month = new Month(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), Array.IndexOf(MonthNames, match.Groups["month"].Value) + 1);
            if (!trace.Months.Contains(month))
            {
                yield return $"'{match.Value}' is no month of the data";
            }
        }

        rest = MonthDatePattern().Replace(rest, " ");
        foreach (Match match in AxisMonthPattern().Matches(rest))
        {
            var month = DateOnly.ParseExact(match.Value, "MMM yy", CultureInfo.InvariantCulture);
            if (!trace.Months.Contains(new Month(month.Year, month.Month)) && !trace.InChartRange(Month.FromDate(month)))
            {
                yield return $"axis label '{match.Value}' is outside the brief's chart range";
            }
        }

        rest = AxisMonthPattern().Replace(rest, " ");
        rest = PagePattern().Replace(rest, m =>
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= pageCount && m.Groups[2].Value == pageCount.ToString(CultureInfo.InvariantCulture) ? " " : m.Value);
        rest = SourcePattern().Replace(rest, m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= trace.SourceCount ? " " : m.Value);

        foreach (Match match in PlainNumberPattern().Matches(rest))
        {
            if (!trace.PlainNumberTraces(match.Value))
            {
                var at = Math.Max(0, match.Index - 40);
                yield return $"'{match.Value}' traces to nothing (…{rest.Substring(at, Math.Min(80, rest.Length - at))}…)";
            }
        }
    }

    // In content order a wrapped amount ("USD 195.75" / "million") stays together; in reading order a neighbouring
    // column's words come between.
    private static List<string> ContentOrderPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToList();
    }

    private static IEnumerable<PrintedAmount> Amounts(string text) =>
        AmountPattern().Matches(text).Select(m => new PrintedAmount(m.Value, m.Groups["currency"].Value, m.Groups["number"].Value, m.Groups["unit"].Value, m.Groups["sign"].Success));

    private static string Normalise(string text) =>
        Regex.Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), @"\s+", " ");

    [GeneratedRegex(@"\b(?<currency>[A-Z]{3}) (?<sign>−)?(?<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?: (?<unit>million|billion|trillion|quadrillion))?\b")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\d (?:million|billion|trillion)\b")]
    private static partial Regex EnglishUnit();

    [GeneratedRegex(@"[+−]<?\d+(?:\.\d+)?%")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b")]
    private static partial Regex DayDatePattern();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>\d{4})\b")]
    private static partial Regex MonthDatePattern();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}\b")]
    private static partial Regex AxisMonthPattern();

    [GeneratedRegex(@"Page (\d+) of (\d+)")]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"−?\d+(?:[.,]\d+)*")]
    private static partial Regex PlainNumberPattern();

    private sealed record PrintedAmount(string Text, string Currency, string Number, string Unit, bool Negative)
    {
        private decimal Multiplier => Unit switch
        {
            "million" => 1e6m,
            "billion" => 1e9m,
            "trillion" => 1e12m,
            "quadrillion" => 1e15m,
            _ => 1m,
        };

        private decimal Magnitude => decimal.Parse(Number, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * Multiplier;

        private decimal Value => Negative ? -Magnitude : Magnitude;

        private int Decimals => Number.Contains('.', StringComparison.Ordinal) ? Number.Length - Number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;

        public bool WellFormed => Unit.Length == 0
            ? Magnitude < 1e6m && Decimals <= Math.Max(Currencies.MinorUnits(Currency), 0) || Magnitude < 1
            : Magnitude / Multiplier is >= 1 and < 1000 && Decimals <= 2;

        /// <summary>True when <paramref name="value"/> rounds to what is printed.</summary>
        public bool Covers(decimal value)
        {
            var halfStep = 0.5m * Multiplier / (decimal)Math.Pow(10, Decimals);
            return Math.Abs(value - Value) <= halfStep;
        }
    }
}
