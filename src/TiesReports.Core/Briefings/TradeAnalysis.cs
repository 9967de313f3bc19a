using System.Globalization;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Turns trade figures into what a brief prints: totals that say what they cover (annual, year to date,
/// months), year-on-year change per reporter, both reporters side by side, month-by-month tables, charts
/// per currency and table rows. Amounts in different currencies are never added, ranked or compared.
/// </summary>
internal sealed class TradeAnalysis
{
    private const int MaxChartSeries = 6;
    private const int MaxMonthlyTables = 4;
    private const int MonthsInMonthlyChart = 24;

    /// <summary>How long before the data's as-of date an undated figure ("last year" in an undated article) can still be placed.</summary>
    private const int UndatedReachMonths = 12;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Dataset _dataset;
    private readonly Month _period;
    private readonly SourceRegistry _sources;
    private readonly string _homeId;
    private readonly Func<TradeFigure, FactScope> _scopeOf;
    private readonly Language _l;
    private readonly PlaceNames _names;
    private readonly Dictionary<Flow, IReadOnlyList<YearTotal>> _years = new(ReferenceEqualityComparer.Instance);

    public TradeAnalysis(Dataset dataset, Month period, SourceRegistry sources, string homeId, Func<TradeFigure, FactScope> scopeOf, Language language, PlaceNames names)
    {
        _dataset = dataset;
        _period = period;
        _sources = sources;
        _homeId = homeId;
        _scopeOf = scopeOf;
        _l = language;
        _names = names;
    }

    /// <summary>One reporter–counterpart–currency stream of figures and what it covers for the brief's subject.</summary>
    public sealed record Flow(string Key, string Name, string Currency, FactScope Scope, string ReporterId, string Reporter, IReadOnlyList<TradeFigure> Figures);

    public sealed record YearTotal(string Label, int? Year, bool Complete, decimal Value, IReadOnlyList<TradeFigure> Figures);

    /// <summary>Undated figures are dropped for periods they cannot be placed in; see <see cref="UndatedReachMonths"/>.</summary>
    public bool UndatedApplies => IsUndatedPlaceable(_period, _dataset.AsOf);

    /// <summary>
    /// Whether an undated fact (a figure, an event) can be shown in a brief for <paramref name="period"/>: only for
    /// the months up to a year before the data's as-of date. One rule for every undated fact of a brief.
    /// </summary>
    public static bool IsUndatedPlaceable(Month period, DateOnly asOf) => period.CompareTo(Month.FromDate(asOf).AddMonths(-UndatedReachMonths + 1)) >= 0;

    public IReadOnlyList<Flow> Flows(IEnumerable<TradeFigure> figures) => figures
        .Where(f => f.Period.Date is { } d ? d.Start <= _period.LastDay : UndatedApplies)
        .GroupBy(f => (f.ReporterId, f.CounterpartId, f.CounterpartCountry, f.Currency))
        .Select(g => new Flow(
            $"{g.Key.ReporterId}>{g.Key.CounterpartId ?? g.Key.CounterpartCountry}:{g.Key.Currency}",
            FlowName(g.First()),
            g.Key.Currency,
            _scopeOf(g.First()),
            g.Key.ReporterId,
            NameOf(g.Key.ReporterId),
            g.OrderBy(f => f.Period.Date?.Start ?? DateOnly.MaxValue).ToList()))
        // Scope first, the home side's report before the partner's, then by name: never by value, which
        // would rank amounts in different currencies against each other.
        .OrderBy(f => f.Scope)
        .ThenBy(f => f.ReporterId == _homeId ? 0 : 1)
        .ThenBy(f => f.Name, StringComparer.Ordinal)
        .ThenBy(f => f.Currency, StringComparer.Ordinal)
        .ToList();

    public IReadOnlyList<YearTotal> Years(Flow flow)
    {
        if (!_years.TryGetValue(flow, out var totals))
        {
            totals = ComputeYears(flow);
            _years[flow] = totals;
        }

        return totals;
    }

    private List<YearTotal> ComputeYears(Flow flow)
    {
        var totals = new List<YearTotal>();
        foreach (var year in flow.Figures.Where(f => f.Period.Date is not null).GroupBy(f => f.Period.Date!.Value.Year).OrderBy(g => g.Key))
        {
            var annual = year.FirstOrDefault(f => f.Period.IsYear);
            if (annual is not null)
            {
                totals.Add(new YearTotal(_l.Format("trade.annual", ("year", Year(year.Key))), year.Key, true, annual.Value, [annual]));
                continue;
            }

            var months = year.Where(f => f.Period.IsMonth).GroupBy(f => f.Period.Date!.Value.Month).Select(g => g.First()).OrderBy(m => m.Period.Date!.Value.Month).ToList();
            var complete = months.Count == 12;
            totals.Add(new YearTotal(complete ? _l.Format("trade.annual-months", ("year", Year(year.Key))) : MonthSpan(year.Key, months), year.Key, complete, months.Sum(m => m.Value), months));
        }

        foreach (var unknown in flow.Figures.Where(f => !f.Period.IsKnown))
        {
            totals.Add(new YearTotal(_l.Text("trade.year-not-stated"), null, false, unknown.Value, [unknown]));
        }

        return totals;
    }

    /// <summary>The latest complete year and the change from the year before, when both are complete.</summary>
    public (YearTotal? Latest, decimal? Change, YearTotal? Previous) LatestWithChange(Flow flow)
    {
        var years = Years(flow);
        var complete = years.Where(y => y.Complete).ToList();
        var latest = complete.LastOrDefault() ?? years.LastOrDefault();
        if (latest?.Year is not { } year)
        {
            return (latest, null, null);
        }

        var previous = complete.FirstOrDefault(y => y.Year == year - 1);
        decimal? change = previous is { Value: > 0 } p && latest.Complete ? (latest.Value - p.Value) / p.Value * 100 : null;
        return (latest, change, previous);
    }

    /// <summary>The amount with what it covers: "CNY 43.6 billion (year not stated)".</summary>
    public string Describe(YearTotal total, string currency) =>
        _l.Format("trade.describe", ("amount", Formats.Money(total.Value, currency, _l)), ("covers", LowerLabel(total.Label)));

    /// <summary>"annual 2024", "year not stated" in running text; English month names keep their capital.</summary>
    public string LowerLabel(string label) =>
        _l != Language.English || label.StartsWith("Annual", StringComparison.Ordinal) || label.StartsWith("Year", StringComparison.Ordinal)
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;

    /// <summary>Converted total of a year with its basis (the rate and its date, or the implied rate) and the rate's source marks.</summary>
    public (string Currency, decimal Value, string Basis, string Cite)? Converted(YearTotal total)
    {
        var conversions = total.Figures.Select(f => f.Conversions.FirstOrDefault()).ToList();
        if (conversions.Count == 0 || conversions.Any(c => c is null) || conversions.Select(c => c!.Currency).Distinct().Count() != 1)
        {
            return null;
        }

        var first = conversions[0]!;
        var value = conversions.Sum(c => c!.Value);
        var from = total.Figures[0].Currency;
        var cite = string.Join(" ", conversions.Select(c => c!.SourceId).Distinct(StringComparer.Ordinal).Select(id => _sources.Cite(id).ToString()));
        string basis;
        if (conversions.All(c => c!.Rate is null))
        {
            basis = _l.Format(
                "trade.implied-rate",
                ("note", first.Note is null ? _l.Text("trade.converted-as-stated") : _names.Source(first.Note, first.Translations, "note")),
                ("from", from),
                ("ratio", _l.LocalDigits(Precision.ApproximateRatio(value, total.Value))),
                ("to", first.Currency));
        }
        else if (conversions.All(c => c!.Rate is not null))
        {
            var rates = conversions.Select(c => (Rate: c!.Rate!.Value, Date: c.RateDate.Date)).Distinct().ToList();
            var distinctRates = rates.Select(r => r.Rate).Distinct().ToList();
            var dates = rates.Select(r => r.Date).OfType<PartialDate>().Order().ToList();
            var when = dates.Count == 0
                ? _l.Text("trade.rate-date-not-stated")
                : dates.Count == 1 ? _l.Format("trade.rate-of", ("date", _l.Date(dates[0]))) : _l.Format("trade.rates-of", ("from", _l.Date(dates[0])), ("to", _l.Date(dates[^1])));
            basis = distinctRates.Count == 1
                ? _l.Format("trade.at-rate", ("from", from), ("rate", Formats.Rate(distinctRates[0], _l)), ("to", first.Currency), ("when", when))
                : _l.Format(
                    "trade.at-each-rate",
                    ("when", when),
                    ("rates", string.Join(_l.Text("list.clauses"), rates.Select(r => _l.Format("trade.rate-entry", ("date", r.Date is { } d ? _l.Date(d) : _l.Text("trade.date-not-stated")), ("from", from), ("rate", Formats.Rate(r.Rate, _l)), ("to", first.Currency))))));
        }
        else
        {
            basis = _l.Text("trade.converted-mixed");
        }

        return (first.Currency, value, basis, cite);
    }

    public TradeFacts Section(IReadOnlyList<Flow> flows)
    {
        if (flows.Count == 0)
        {
            return new TradeFacts([], [], [], [], []);
        }

        var notes = new List<string>();
        var rows = new List<TradeRow>();
        foreach (var flow in flows)
        {
            foreach (var year in Years(flow))
            {
                var converted = Converted(year);
                rows.Add(new TradeRow(
                    year.Label,
                    flow.Name,
                    Formats.Money(year.Value, flow.Currency, _l),
                    converted is { } c ? _l.Format("trade.row.converted", ("amount", Formats.Money(c.Value, c.Currency, _l)), ("basis", c.Basis), ("cite", c.Cite)) : "—",
                    _sources.Cite(year.Figures[0].SourceId),
                    flow.Scope));
                if (year.Year is null && year.Figures[0].Period.Note is { } note)
                {
                    notes.Add(_l.Format("trade.note.period-not-stated", ("flow", flow.Name), ("note", _names.Source(note, year.Figures[0].Period.NoteTranslations, Translations.NoteField))));
                }
            }
        }

        notes.AddRange(flows.Where(f => f.Scope == FactScope.Aggregate).SelectMany(f => f.Figures).Select(f => _names.Source(f.CounterpartLabel, f.Translations, "counterpartLabel")).Distinct()
            .Select(label => _l.Format("trade.note.aggregate", ("label", label))));
        if (!UndatedApplies && flows.Count > 0)
        {
            notes.Add(_l.Text("trade.note.undated-left-out"));
        }

        return new TradeFacts(Charts(flows), rows, notes.Distinct().ToList(), MonthlyTables(flows), ReporterComparisons(flows));
    }

    /// <summary>
    /// Where both places of a pair report the same year, both figures side by side, labelled by reporter and
    /// currency; their difference only when the currencies agree.
    /// </summary>
    public IReadOnlyList<string> ReporterComparisons(IReadOnlyList<Flow> flows)
    {
        var lines = new List<string>();
        var pairFlows = flows.Where(f => f.Scope == FactScope.Partnership && f.Figures[0].CounterpartId is not null).ToList();
        var pairs = pairFlows.GroupBy(f => PairKey(f.Figures[0])).Where(g => g.Select(f => f.ReporterId).Distinct().Count() > 1);
        foreach (var pair in pairs)
        {
            var sides = pair.ToList();
            var years = sides.SelectMany(Years).Where(y => y.Year is not null).Select(y => y.Label).Distinct().Order(StringComparer.Ordinal);
            foreach (var label in years)
            {
                var reported = sides.Select(f => (Flow: f, Total: Years(f).FirstOrDefault(y => y.Label == label))).Where(x => x.Total is not null).ToList();
                if (reported.Select(x => x.Flow.ReporterId).Distinct().Count() < 2)
                {
                    continue;
                }

                var parts = reported.Select(x => _l.Format("trade.side-reports", ("reporter", x.Flow.Reporter), ("amount", Formats.Money(x.Total!.Value, x.Flow.Currency, _l))));
                var line = label + _l.Text("punct.label") + string.Join(_l.Text("list.clauses"), parts);
                if (reported.Count == 2 && reported[0].Flow.Currency == reported[1].Flow.Currency)
                {
                    var a = reported[0].Total!.Value;
                    var b = reported[1].Total!.Value;
                    var difference = Math.Abs(a - b);
                    var relative = Math.Min(a, b) > 0
                        ? _l.Format("trade.difference.relative", ("percent", _l.Format("format.percent", ("number", _l.LocalDigits((Math.Abs(a - b) / Math.Min(a, b) * 100).ToString("0.0", Invariant))))))
                        : "";
                    line += _l.Format("trade.difference", ("amount", Formats.Money(difference, reported[0].Flow.Currency, _l)), ("relative", relative));
                }
                else if (reported.Count == 2)
                {
                    line += _l.Text("trade.different-currencies");
                }

                lines.Add(line + _l.Text("punct.end"));
            }
        }

        return lines;
    }

    /// <summary>The same key for both places' reports of one pair, whichever side reports.</summary>
    public static string PairKey(TradeFigure f) =>
        string.CompareOrdinal(f.ReporterId, f.CounterpartId) < 0 ? $"{f.ReporterId}|{f.CounterpartId}" : $"{f.CounterpartId}|{f.ReporterId}";

    private List<MonthlyTradeTable> MonthlyTables(IReadOnlyList<Flow> flows)
    {
        var tables = new List<MonthlyTradeTable>();
        foreach (var flow in flows.Where(f => f.Figures.Any(x => x.Period.IsMonth && x.Period.Date!.Value.Year >= _period.Year - 1 && x.Period.Date.Value.Year <= _period.Year)).Take(MaxMonthlyTables))
        {
            string ValueOf(int year, int month) =>
                flow.Figures.FirstOrDefault(x => x.Period.IsMonth && x.Period.Date!.Value.Year == year && x.Period.Date.Value.Month == month) is { } f ? Formats.Money(f.Value, flow.Currency, _l) : "—";
            decimal? Raw(int year, int month) =>
                flow.Figures.FirstOrDefault(x => x.Period.IsMonth && x.Period.Date!.Value.Year == year && x.Period.Date.Value.Month == month)?.Value;

            var lastMonth = _period.Number;
            var rows = Enumerable.Range(1, 12).Select(m =>
            {
                var now = m <= lastMonth ? Raw(_period.Year, m) : null;
                var before = Raw(_period.Year - 1, m);
                var change = now is { } n && before is { } b && b > 0 ? Formats.Percent((n - b) / b * 100, _l) : "—";
                return new MonthlyTradeRow(
                    _l.MonthName(m),
                    ValueOf(_period.Year - 1, m),
                    m <= lastMonth ? ValueOf(_period.Year, m) : _l.Text("trade.after-period"),
                    change);
            }).ToList();
            tables.Add(new MonthlyTradeTable(flow.Name, flow.Currency, _period.Year, rows));
        }

        return tables;
    }

    private List<TradeChart> Charts(IReadOnlyList<Flow> flows)
    {
        var charted = flows.Take(MaxChartSeries).ToList();
        var charts = new List<TradeChart>();
        foreach (var currency in charted.Select(f => f.Currency).Distinct())
        {
            var inCurrency = charted.Where(f => f.Currency == currency).ToList();

            // Bars compare like with like: a year to date beside a whole year reads as a fall. Part-years stay in the
            // table and the monthly chart.
            IEnumerable<YearTotal> Charted(Flow flow) => Years(flow).Where(y => y.Complete || y.Year is null);
            var years = inCurrency.SelectMany(Charted).Select(y => y.Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();

            // A single value reads better as the figure in the table than as a one-bar chart.
            if (years.Count > 1)
            {
                var max = inCurrency.SelectMany(Charted).Max(y => y.Value);
                var (word, divisor) = Formats.UnitFor(max, _l);
                charts.Add(new TradeChart(
                    _l.Format("trade.chart.by-period", ("currency", currency)),
                    word.Length == 0 ? currency : _l.Format("trade.chart.axis", ("currency", currency), ("unit", word)),
                    Monthly: false,
                    years,
                    inCurrency.Select(f => new TradeSeries(f.Name, years.Select(label => Charted(f).FirstOrDefault(y => y.Label == label) is { } y ? y.Value / divisor : (decimal?)null).ToList())).ToList(),
                    divisor,
                    currency));
            }

            var monthly = inCurrency.Where(f => f.Figures.Count(x => x.Period.IsMonth) > 1).ToList();
            if (monthly.Count > 0)
            {
                // The window ends with the period and starts at the first month with data, so the axis never
                // claims months nothing was recorded for.
                var firstRecorded = monthly.SelectMany(f => f.Figures).Where(x => x.Period.IsMonth)
                    .Select(x => new Month(x.Period.Date!.Value.Year, x.Period.Date.Value.Month ?? 1)).Min();
                var span = Math.Clamp(_period.CompareTo(firstRecorded) is > 0 ? MonthsBetween(firstRecorded, _period) + 1 : 2, 2, MonthsInMonthlyChart);
                var months = Enumerable.Range(0, span).Select(i => _period.AddMonths(i - span + 1)).ToList();
                // The unit suits the months drawn, not an earlier peak the chart does not show.
                var monthMax = monthly.SelectMany(f => f.Figures)
                    .Where(x => x.Period.IsMonth && new Month(x.Period.Date!.Value.Year, x.Period.Date.Value.Month ?? 1).CompareTo(months[0]) >= 0)
                    .Select(x => x.Value).DefaultIfEmpty(0).Max();
                var (mWord, mDivisor) = Formats.UnitFor(monthMax, _l);
                charts.Add(new TradeChart(
                    _l.Format("trade.chart.monthly", ("from", _l.Month(months[0])), ("to", _l.Month(months[^1])), ("currency", currency)),
                    mWord.Length == 0 ? currency : _l.Format("trade.chart.axis", ("currency", currency), ("unit", mWord)),
                    Monthly: true,
                    months.Select(_l.ShortMonth).ToList(),
                    monthly.Select(f => new TradeSeries(f.Name, months.Select(m => f.Figures.FirstOrDefault(x => x.Period.IsMonth && x.Period.Date!.Value.Year == m.Year && x.Period.Date.Value.Month == m.Number) is { } x ? x.Value / mDivisor : (decimal?)null).ToList())).ToList(),
                    mDivisor,
                    currency));
            }
        }

        return charts;
    }

    private static int MonthsBetween(Month from, Month to) => (to.Year - from.Year) * 12 + to.Number - from.Number;

    private string FlowName(TradeFigure figure)
    {
        var reporter = NameOf(figure.ReporterId);
        if (figure.CounterpartId is not { } id)
        {
            return _l.Format("trade.flow.aggregate", ("reporter", reporter), ("counterpart", _names.Source(figure.CounterpartLabel, figure.Translations, "counterpartLabel")));
        }

        // Home first, so that both reports of a pair share a name but for who reports it.
        var (first, second) = id == _homeId ? (NameOf(id), reporter) : (reporter, NameOf(id));
        return _l.Format("trade.flow.pair", ("first", first), ("second", second), ("reporter", reporter));
    }

    private string NameOf(string placeId) => _names.Of(placeId);

    private string Year(int year) => year.ToString(Invariant);

    private string MonthSpan(int year, List<TradeFigure> months)
    {
        if (months.Count == 0)
        {
            return year.ToString(Invariant);
        }

        var numbers = months.Select(m => m.Period.Date!.Value.Month ?? 1).ToList();
        var contiguousFromJanuary = numbers[0] == 1 && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
        var first = _l.MonthName(numbers[0]);
        var last = _l.MonthName(numbers[^1]);
        var span = numbers.Count == 1
            ? _l.Format("trade.span.one", ("month", first), ("year", Year(year)))
            : _l.Format("trade.span.range", ("first", first), ("last", last), ("year", Year(year)));
        if (contiguousFromJanuary && year == _period.Year && numbers[^1] == _period.Number)
        {
            return _l.Format("trade.span.year-to-date", ("span", span));
        }

        return numbers.Count == numbers[^1] - numbers[0] + 1
            ? _l.Count("trade.span.months", numbers.Count, ("span", span))
            : _l.Count("trade.span.some-months", numbers.Count, ("span", span));
    }
}
