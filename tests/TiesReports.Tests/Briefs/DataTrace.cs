using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TiesReports.Core.Model;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// What a number printed in a brief may trace to, computed from the data file alone (not from the briefing model),
/// so a figure the builder invents or miscomputes has nothing to match. See <see cref="NumberFidelityTests"/>.
/// </summary>
internal sealed partial class DataTrace
{
    private static readonly decimal[] ChartDivisors = [1m, 1e3m, 1e6m, 1e9m, 1e12m];
    private static readonly decimal[] TickSteps = [1m, 2m, 2.5m, 5m];

    private readonly Dictionary<string, List<decimal>> _amounts = [];
    private readonly List<decimal> _changes = [];
    private readonly HashSet<string> _literals = [];
    private readonly int _largestList;

    public DataTrace(JsonObject data, Month period)
    {
        Period = period;
        Trade = ReadTrade(data["trade"]!.AsArray()).ToList();
        SourceCount = data["sources"]!.AsArray().Count;
        // Counts a brief prints (partners, events, institutions, "12 months") stay below the largest list of records
        // other than trade, whose months are counted at most by the year.
        _largestList = Math.Max(12, data.Where(p => p.Key != "trade" && p.Value is JsonArray).Max(p => p.Value!.AsArray().Count));
        Walk(data);

        Months.UnionWith([period, period.AddMonths(-1), period.AddMonths(-12)]);
        foreach (var date in Dates)
        {
            Months.Add(Month.FromDate(date));
        }

        foreach (var record in Trade)
        {
            Add(record.Currency, record.Value);
            foreach (var conversion in record.Conversions)
            {
                Add(conversion.Currency, conversion.Value);
            }
        }

        AddSumsAndChanges();
    }

    public Month Period { get; }

    public IReadOnlyList<TradeRecord> Trade { get; }

    public int SourceCount { get; }

    public HashSet<DateOnly> Dates { get; } = [];

    public HashSet<Month> Months { get; } = [];

    public IEnumerable<decimal> AmountsIn(string currency) => _amounts.TryGetValue(currency, out var values) ? values : [];

    /// <summary>The monthly chart spans the two years up to the period.</summary>
    public bool InChartRange(Month month) => month.CompareTo(Period.AddMonths(-23)) >= 0 && month.CompareTo(Period) <= 0;

    public bool ChangeMatches(string printed)
    {
        var negative = printed[0] == '−';
        if (printed.Contains('<', StringComparison.Ordinal))
        {
            return _changes.Any(c => c != 0 && Math.Abs(c) < 0.05m && c < 0 == negative);
        }

        var value = decimal.Parse(printed[1..^1], CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        return _changes.Any(c => Math.Abs(c - value) <= 0.05m + 1e-9m);
    }

    public bool PlainNumberTraces(string printed)
    {
        var text = printed.Replace('−', '-');
        if (_literals.Contains(text))
        {
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        if (value == decimal.Truncate(value) && value >= 0 && value <= _largestList)
        {
            return true;
        }

        if (value is >= 1900 and <= 2100 && value == decimal.Truncate(value) && Months.Any(m => m.Year == value))
        {
            return true;
        }

        if (IsTick(value))
        {
            return true;
        }

        var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var half = 0.5m / (decimal)Math.Pow(10, decimals);
        return ChartDivisors.Any(d => _amounts.Values.Any(list => list.Any(a => Math.Abs(a / d - value) <= half)));
    }

    // An axis tick: a whole multiple (at most ten) of a 1-2-2.5-5 step.
    private static bool IsTick(decimal value)
    {
        for (var exponent = -6; exponent <= 15; exponent++)
        {
            var scale = (decimal)Math.Pow(10, exponent);
            foreach (var step in TickSteps)
            {
                var multiple = value / (step * scale);
                if (multiple == decimal.Truncate(multiple) && multiple is >= 0 and <= 10)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Add(string currency, decimal value)
    {
        if (!_amounts.TryGetValue(currency, out var list))
        {
            _amounts[currency] = list = [];
        }

        list.Add(value);
    }

    // Sums of one series' consecutive months within a year (annual and year-to-date figures), in the record's currency
    // and in each conversion's, and the change of each against the same months a year earlier.
    private void AddSumsAndChanges()
    {
        var series = Trade.GroupBy(t => (t.Reporter, t.Counterpart, t.Currency));
        foreach (var group in series)
        {
            var byMonth = group.ToDictionary(t => t.Period);
            var years = byMonth.Keys.Select(m => m.Year).Distinct().Order().ToList();
            var currencies = group.SelectMany(t => t.Conversions.Select(c => c.Currency)).Distinct().Prepend(group.Key.Currency).ToList();
            foreach (var currency in currencies)
            {
                decimal? ValueIn(Month month) => !byMonth.TryGetValue(month, out var record) ? null
                    : currency == record.Currency ? record.Value
                    : record.Conversions.FirstOrDefault(c => c.Currency == currency)?.Value;

                foreach (var year in years)
                {
                    for (var first = 1; first <= 12; first++)
                    {
                        decimal sum = 0, previous = 0;
                        var previousComplete = true;
                        for (var last = first; last <= 12; last++)
                        {
                            var value = ValueIn(new Month(year, last));
                            if (value is null)
                            {
                                break;
                            }

                            sum += value.Value;
                            Add(currency, sum);
                            var before = ValueIn(new Month(year - 1, last));
                            previousComplete &= before is not null;
                            previous += before ?? 0;
                            if (previousComplete && previous != 0)
                            {
                                _changes.Add((sum / previous - 1) * 100);
                            }
                        }
                    }
                }
            }
        }
    }

    private void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Walk(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                var number = value.GetValue<decimal>();
                _literals.Add(number.ToString(CultureInfo.InvariantCulture));
                _literals.Add(number.ToString("#,0.##########", CultureInfo.InvariantCulture));
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                foreach (Match match in NumberInText().Matches(text))
                {
                    _literals.Add(match.Value);
                }

                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    Dates.Add(date);
                }
                else if (Month.TryParse(text, out var month, out _))
                {
                    Months.Add(month);
                }

                break;
        }
    }

    private static IEnumerable<TradeRecord> ReadTrade(JsonArray trade) => trade.Select(t => new TradeRecord(
        (string)t!["reporterId"]!,
        (string)t["counterpartId"]!,
        Month.TryParse((string?)t["period"], out var month, out _) ? month : throw new InvalidDataException("a generated trade record has a month"),
        (decimal)t["value"]!,
        (string)t["currency"]!,
        (t["conversions"]?.AsArray() ?? []).Select(c => new Conversion((string)c!["currency"]!, (decimal)c["value"]!)).ToList()));

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberInText();

    internal sealed record Conversion(string Currency, decimal Value);

    internal sealed record TradeRecord(string Reporter, string Counterpart, Month Period, decimal Value, string Currency, IReadOnlyList<Conversion> Conversions);
}
