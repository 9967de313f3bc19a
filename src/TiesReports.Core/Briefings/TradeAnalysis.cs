using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Turns trade figures into what a brief prints: annual totals (summing complete months), year-on-year
/// change where two comparable years exist, a chart model and table rows. Nothing is estimated.
/// </summary>
internal sealed class TradeAnalysis
{
    private const int MaxChartSeries = 6;
    private const int MonthsInMonthlyChart = 24;

    private readonly Dataset _dataset;
    private readonly Month _period;
    private readonly SourceRegistry _sources;
    private readonly Dictionary<Flow, IReadOnlyList<YearTotal>> _years = new(ReferenceEqualityComparer.Instance);

    public TradeAnalysis(Dataset dataset, Month period, SourceRegistry sources)
    {
        _dataset = dataset;
        _period = period;
        _sources = sources;
    }

    /// <summary>One reporter–counterpart–currency stream of figures.</summary>
    public sealed record Flow(string Name, string Currency, IReadOnlyList<TradeFigure> Figures);

    public sealed record YearTotal(string Label, int? Year, bool Complete, decimal Value, IReadOnlyList<TradeFigure> Figures);

    public IReadOnlyList<Flow> Flows(IEnumerable<TradeFigure> figures) => figures
        .Where(f => f.Period.Date is not { } d || d.Start <= _period.LastDay)
        .GroupBy(f => (f.ReporterId, f.CounterpartId, f.CounterpartCountry, f.Currency))
        .Select(g => new Flow(FlowName(g.First()), g.Key.Currency, g.OrderBy(f => f.Period.Date?.Start ?? DateOnly.MaxValue).ToList()))
        .OrderByDescending(f => f.Figures.Sum(x => x.Value))
        .ThenBy(f => f.Name, StringComparer.Ordinal)
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

    private static List<YearTotal> ComputeYears(Flow flow)
    {
        var totals = new List<YearTotal>();
        foreach (var year in flow.Figures.Where(f => f.Period.Date is not null).GroupBy(f => f.Period.Date!.Value.Year).OrderBy(g => g.Key))
        {
            var annual = year.FirstOrDefault(f => f.Period.IsYear);
            if (annual is not null)
            {
                totals.Add(new YearTotal(year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), year.Key, true, annual.Value, [annual]));
                continue;
            }

            var months = year.Where(f => f.Period.IsMonth).GroupBy(f => f.Period.Date!.Value.Month).Select(g => g.First()).ToList();
            var complete = months.Count == 12;
            var label = complete ? year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{year.Key} ({MonthSpan(months)})";
            totals.Add(new YearTotal(label, year.Key, complete, months.Sum(m => m.Value), months));
        }

        foreach (var unknown in flow.Figures.Where(f => !f.Period.IsKnown))
        {
            totals.Add(new YearTotal("Year not stated", null, false, unknown.Value, [unknown]));
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

    /// <summary>Converted total of a year, when every figure in it carries a conversion into one currency.</summary>
    public static (string Currency, decimal Value, string Basis)? Converted(YearTotal total)
    {
        var conversions = total.Figures.Select(f => f.Conversions.FirstOrDefault()).ToList();
        if (conversions.Count == 0 || conversions.Any(c => c is null) || conversions.Select(c => c!.Currency).Distinct().Count() != 1)
        {
            return null;
        }

        var first = conversions[0]!;
        var value = conversions.Sum(c => c!.Value);
        string basis;
        if (total.Figures.Count == 1 && first.Rate is null)
        {
            basis = $"{first.Note ?? "as stated by the source"} Implied rate: 1 {total.Figures[0].Currency} = {Formats.Rate(first.EffectiveRate(total.Value))} {first.Currency}.";
        }
        else if (conversions.All(c => c!.Rate is not null))
        {
            var rates = conversions.Select(c => c!.Rate!.Value).Distinct().ToList();
            var rateText = rates.Count == 1 ? Formats.Rate(rates[0]) : $"{Formats.Rate(rates.Min())}–{Formats.Rate(rates.Max())} (monthly)";
            var date = first.RateDate.Date is { } d ? $" ({(rates.Count == 1 ? "rate of " + d.ToDisplayString() : "rate of each month")})" : "";
            basis = $"At 1 {total.Figures[0].Currency} = {rateText} {first.Currency}{date}.";
        }
        else
        {
            basis = "Converted amounts as stated by the sources.";
        }

        return (first.Currency, value, basis);
    }

    public TradeFacts Section(IReadOnlyList<Flow> flows)
    {
        if (flows.Count == 0)
        {
            return new TradeFacts([], [], []);
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
                    Formats.Money(year.Value, flow.Currency),
                    converted is { } c ? Formats.Money(c.Value, c.Currency) : "—",
                    _sources.Cite(year.Figures[0].SourceId)));
                if (!year.Complete && year.Year is null && year.Figures[0].Period.Note is { } note)
                {
                    notes.Add($"{flow.Name}: period not stated. {note}");
                }
            }
        }

        notes.AddRange(flows.SelectMany(f => f.Figures).Where(f => f.CounterpartCountry is not null).Select(f => f.CounterpartLabel).Distinct()
            .Select(label => $"“{label}” is an aggregate the source reports; it is not specific to one partner."));
        return new TradeFacts(Charts(flows), rows, notes.Distinct().ToList());
    }

    private List<TradeChart> Charts(IReadOnlyList<Flow> flows)
    {
        var charted = flows.Take(MaxChartSeries).ToList();
        var charts = new List<TradeChart>();
        foreach (var currency in charted.Select(f => f.Currency).Distinct())
        {
            var inCurrency = charted.Where(f => f.Currency == currency).ToList();
            var years = inCurrency.SelectMany(Years).Select(y => y.Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
            var max = inCurrency.SelectMany(Years).Max(y => y.Value);
            var (word, divisor) = Formats.UnitFor(max);
            charts.Add(new TradeChart(
                $"Trade volume by year ({currency})",
                word.Length == 0 ? currency : $"{currency} {word}",
                Monthly: false,
                years,
                inCurrency.Select(f => new TradeSeries(f.Name, years.Select(label => Years(f).FirstOrDefault(y => y.Label == label) is { } y ? y.Value / divisor : (decimal?)null).ToList())).ToList(),
                divisor,
                currency));

            var monthly = inCurrency.Where(f => f.Figures.Any(x => x.Period.IsMonth)).ToList();
            if (monthly.Count > 0)
            {
                var months = Enumerable.Range(0, MonthsInMonthlyChart).Select(i => _period.AddMonths(i - MonthsInMonthlyChart + 1)).ToList();
                var monthMax = monthly.SelectMany(f => f.Figures).Where(x => x.Period.IsMonth).Select(x => x.Value).DefaultIfEmpty(0).Max();
                var (mWord, mDivisor) = Formats.UnitFor(monthMax);
                charts.Add(new TradeChart(
                    $"Monthly trade, {months[0].ToDisplayString()} – {months[^1].ToDisplayString()} ({currency})",
                    mWord.Length == 0 ? currency : $"{currency} {mWord}",
                    Monthly: true,
                    months.Select(m => m.FirstDay.ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                    monthly.Select(f => new TradeSeries(f.Name, months.Select(m => f.Figures.FirstOrDefault(x => x.Period.IsMonth && x.Period.Date!.Value.Year == m.Year && x.Period.Date.Value.Month == m.Number) is { } x ? x.Value / mDivisor : (decimal?)null).ToList())).ToList(),
                    mDivisor,
                    currency));
            }
        }

        return charts;
    }

    private string FlowName(TradeFigure figure)
    {
        var reporter = _dataset.FindPlace(figure.ReporterId)?.Name ?? figure.ReporterId;
        var counterpart = figure.CounterpartId is { } id ? _dataset.FindPlace(id)?.Name ?? id : figure.CounterpartLabel;
        return $"{reporter} – {counterpart}";
    }

    private static string MonthSpan(List<TradeFigure> months)
    {
        var ordered = months.Select(m => m.Period.Date!.Value.Start).Order().ToList();
        return ordered.Count == 1
            ? ordered[0].ToString("MMM", System.Globalization.CultureInfo.InvariantCulture)
            : $"{ordered[0].ToString("MMM", System.Globalization.CultureInfo.InvariantCulture)}–{ordered[^1].ToString("MMM", System.Globalization.CultureInfo.InvariantCulture)}, {ordered.Count} months";
    }
}
