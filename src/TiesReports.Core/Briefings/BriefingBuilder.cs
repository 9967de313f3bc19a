using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Picks and computes the facts of one brief: for a partnership, or for a place with all its partners, and
/// a month. Every printed value comes from the dataset; where the data is silent the brief says so.
/// </summary>
public sealed class BriefingBuilder(Dataset dataset)
{
    private const int MaxEarlierEvents = 30;

    public Briefing Build(BriefRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var partnership = dataset.FindPartnership(request.SubjectId);
        if (partnership is not null)
        {
            var home = dataset.FindPlace(partnership.PlaceIds[0])!;
            return Build(request, BriefScope.Partnership, home, [partnership]);
        }

        var place = dataset.FindPlace(request.SubjectId)
            ?? throw new BriefSubjectNotFoundException($"No partnership or place with id '{request.SubjectId}' is in the valid data.");
        return Build(request, BriefScope.Place, place, dataset.Partnerships.Where(p => p.Involves(place.Id)).ToList());
    }

    private Briefing Build(BriefRequest request, BriefScope scope, Place home, IReadOnlyList<Partnership> partnerships)
    {
        var sources = new SourceRegistry(dataset);
        var partners = partnerships.Select(p => dataset.FindPlace(p.PartnerOf(home.Id))!).ToList();
        var involved = new HashSet<string>(partners.Select(p => p.Id).Append(home.Id), StringComparer.Ordinal);
        var partnerCountries = partners.Select(p => p.Country).ToHashSet(StringComparer.Ordinal);

        var entries = partnerships.Select(p => PartnerEntryOf(p, home, sources)).ToList();
        var aims = partnerships.SelectMany(p => p.Aims).Select(a => new AimEntry(a.Text, sources.Cite(a.SourceId))).ToList();
        var sectors = partnerships
            .SelectMany(p => p.Sectors.Select(s => (Partnership: p, Sector: s)))
            .Select(x => new SectorEntry(
                x.Sector.Label,
                Vocabularies.SectorStatuses[x.Sector.Status].Label,
                NameOf(x.Partnership.PartnerOf(home.Id)),
                x.Sector.Notes ?? "",
                sources.Cite(x.Sector.SourceId),
                Vocabularies.Sectors[x.Sector.Sector].Group!))
            .ToList();

        var trade = new TradeAnalysis(dataset, request.Period, sources);
        var relevantTrade = dataset.Trade.Where(f =>
            (f.ReporterId == home.Id && (f.CounterpartId is { } c ? involved.Contains(c) : partnerCountries.Contains(f.CounterpartCountry!)))
            || (f.CounterpartId == home.Id && involved.Contains(f.ReporterId)));
        var flows = trade.Flows(relevantTrade);
        var tradeSection = trade.Section(flows);

        // An institution belongs in the brief when it sits in one of the places and, if it names places it
        // links, one of them is a place of the brief or lies in a partner's country.
        bool IsRelevant(Institution i) =>
            involved.Contains(i.HostPlaceId)
            && (i.RelatedPlaceIds.Count == 0 || i.HostPlaceId != home.Id || i.RelatedPlaceIds.Any(r => involved.Contains(r) || IsInPartnerCountry(r, partnerCountries)));

        var institutions = dataset.Institutions
            .Where(IsRelevant)
            .Select(i => new InstitutionEntry(
                i.Name,
                i.KindLabel,
                NameOf(i.HostPlaceId),
                i.RelatedPlaceIds.Count == 0 ? (i.Operator ?? "—") : string.Join(", ", i.RelatedPlaceIds.Select(NameOf)) + (i.Operator is null ? "" : $"; operated by {i.Operator}"),
                Describe(i.Established),
                sources.Cite(i.SourceId)))
            .ToList();

        var connections = dataset.Connections
            .Where(c => c.PlaceIds.Contains(home.Id) && c.PlaceIds.Any(p => p != home.Id && (involved.Contains(p) || IsInPartnerCountry(p, partnerCountries))))
            .Select(c => new ConnectionEntry(
                c.KindLabel,
                string.Join(" – ", c.PlaceIds.Select(NameOf)),
                Vocabularies.ConnectionStatuses[c.Status].Label,
                Describe(c.Since),
                c.Description ?? "",
                sources.Cite(c.SourceId)))
            .ToList();

        var events = EventsOf(request.Period, involved, partnerCountries, home.Id, sources);
        var keyFigures = KeyFigures(home, partners, partnerCountries, flows, trade, sectors, sources);
        var homeName = PlaceNameOf(home);
        var partnerNames = partners.Select(PlaceNameOf).ToList();
        var title = scope == BriefScope.Partnership ? $"{home.Name} – {partners[0].Name}" : $"{home.Name} and its partners";
        var subtitle = scope == BriefScope.Partnership ? partnerships[0].Title : $"{partnerships.Count} partnership{(partnerships.Count == 1 ? "" : "s")} on record";

        return new Briefing(
            request.SubjectId,
            scope,
            request.Period,
            dataset.AsOf,
            dataset.IsSynthetic,
            title,
            subtitle,
            homeName,
            partnerNames,
            Summary(scope, home, partnerships, partners, sectors, flows, trade, institutions.Count, connections.Count, events),
            keyFigures,
            entries,
            aims,
            sectors,
            tradeSection,
            institutions,
            connections,
            events,
            sources.Entries(),
            dataset.IsSynthetic
                ? "SYNTHETIC DATA: generated for testing; no figure describes a real place."
                : string.Join(" ", dataset.Files.Select(f => f.Notes).OfType<string>()));
    }

    private List<KeyFigureFact> KeyFigures(Place home, IReadOnlyList<Place> partners, HashSet<string> partnerCountries, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, List<SectorEntry> sectors, SourceRegistry sources)
    {
        var figures = new List<KeyFigureFact>();
        if (flows.Count > 0)
        {
            var main = flows[0];
            var (latest, change, previous) = trade.LatestWithChange(main);
            if (latest is not null)
            {
                var converted = TradeAnalysis.Converted(latest);
                var detail = converted is { } c ? $"≈ {Formats.Money(c.Value, c.Currency)}. {c.Basis}" : "No conversion given in the data.";
                figures.Add(new KeyFigureFact($"Trade {main.Name}, {latest.Label}", Formats.Money(latest.Value, main.Currency), detail, sources.Cite(latest.Figures[0].SourceId)));
                figures.Add(change is { } ch && previous is not null
                    ? new KeyFigureFact($"Year-on-year change, {latest.Label}", Formats.Percent(ch), $"From {Formats.Money(previous.Value, main.Currency)} in {previous.Label}.", sources.Cite(previous.Figures[0].SourceId))
                    : new KeyFigureFact("Year-on-year change", "Not computable", latest.Year is null ? "The data gives no year for the trade figure, so no earlier year can be compared." : "The data has no complete previous year to compare with.", null));
            }
        }
        else
        {
            figures.Add(new KeyFigureFact("Trade volume", "No data", "The dataset holds no trade figure for these places up to this period.", null));
        }

        foreach (var count in dataset.Enterprises.Where(e => (e.HostPlaceId == home.Id && partnerCountries.Contains(e.OriginCountry)) || partners.Any(p => p.Id == e.HostPlaceId)))
        {
            figures.Add(new KeyFigureFact(
                $"Enterprises in {NameOf(count.HostPlaceId)}",
                Formats.Count(count.Count),
                $"{count.Description}. {Describe(count.AsOf, "As of ")}",
                sources.Cite(count.SourceId)));
        }

        var homePartnerships = dataset.Partnerships.Where(p => p.Involves(home.Id)).ToList();
        var stages = homePartnerships.GroupBy(p => p.Stage).Select(g => $"{g.Count()} {Vocabularies.PartnershipStages[g.Key].Label.ToLowerInvariant()}");
        figures.Add(new KeyFigureFact($"Partners of {home.Name}", Formats.Count(homePartnerships.Count), string.Join(", ", stages) + ".", sources.Cite(homePartnerships[0].SourceId)));

        var agreed = sectors.Count(s => s.Status is "Agreed" or "Active");
        figures.Add(new KeyFigureFact("Cooperation sectors", Formats.Count(sectors.Select(s => s.Sector).Distinct().Count()), sectors.Count == 0 ? "None recorded." : $"{agreed} agreed or active; the rest proposed or stated aims.", sectors.Count == 0 ? null : sectors[0].Source));
        return figures;
    }

    private static List<string> Summary(BriefScope scope, Place home, IReadOnlyList<Partnership> partnerships, IReadOnlyList<Place> partners, List<SectorEntry> sectors, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, int institutions, int connections, EventFacts events)
    {
        var lines = new List<string>();
        if (scope == BriefScope.Partnership)
        {
            var p = partnerships[0];
            lines.Add($"{home.Name} and {partners[0].Name}: {p.Title.ToLowerInvariant()}, stage “{Vocabularies.PartnershipStages[p.Stage].Label.ToLowerInvariant()}” ({(p.Since.Date is { } d ? "since " + d.ToDisplayString() : "date not stated")}).");
        }
        else
        {
            lines.Add($"{home.Name} has {partnerships.Count} partnership{(partnerships.Count == 1 ? "" : "s")} on record, with {string.Join(", ", partners.Select(x => x.Name).Take(8))}{(partners.Count > 8 ? $" and {partners.Count - 8} more" : "")}.");
        }

        if (sectors.Count > 0)
        {
            var byStatus = sectors.GroupBy(s => s.Status).OrderByDescending(g => g.Count()).Select(g => $"{g.Key.ToLowerInvariant()}: {g.Count()}");
            lines.Add($"{sectors.Count} sector commitment{(sectors.Count == 1 ? " is" : "s are")} recorded — {string.Join(", ", byStatus)}.");
        }

        if (flows.Count > 0 && trade.LatestWithChange(flows[0]) is { Latest: { } latest } result)
        {
            var change = result.Change is { } c ? $", {Formats.Percent(c)} on the year before" : "";
            lines.Add($"Trade {flows[0].Name} reached {Formats.Money(latest.Value, flows[0].Currency)} ({latest.Label.ToLowerInvariant()}){change}.");
        }

        lines.Add($"{institutions} institution{(institutions == 1 ? "" : "s")} and {connections} transport link{(connections == 1 ? "" : "s")} connect the places; {events.InPeriod.Count} event{(events.InPeriod.Count == 1 ? " falls" : "s fall")} in this month and {events.Upcoming.Count} {(events.Upcoming.Count == 1 ? "is" : "are")} upcoming.");
        return lines;
    }

    private EventFacts EventsOf(Month period, HashSet<string> involved, HashSet<string> partnerCountries, string homeId, SourceRegistry sources)
    {
        var relevant = dataset.Events
            .Where(e => involved.Contains(e.PlaceId) && (e.RelatedPlaceIds.Count == 0 || e.RelatedPlaceIds.Any(r => involved.Contains(r) || IsInPartnerCountry(r, partnerCountries))))
            .ToList();
        EventEntry Entry(CooperationEvent e) => new(
            e.Name,
            e.KindLabel,
            NameOf(e.PlaceId),
            e.Start is { } s ? (e.End is { } end && end != s ? $"{s.ToDisplayString()} – {end.ToDisplayString()}" : s.ToDisplayString()) : "Date not stated. " + (e.DateNote ?? ""),
            sources.Cite(e.SourceId));

        var inPeriod = relevant.Where(e => e.Start is { } s && s.Start <= period.LastDay && (e.End ?? s).End >= period.FirstDay).OrderBy(e => e.Start).ToList();
        var upcoming = relevant.Where(e => e.Start is { } s && s.Start > period.LastDay).OrderBy(e => e.Start).ToList();
        var earlier = relevant.Where(e => e.Start is { } s && (e.End ?? s).End < period.FirstDay).OrderByDescending(e => e.Start).ToList();
        var undated = relevant.Where(e => e.Start is null).ToList();
        var shownEarlier = earlier.Take(MaxEarlierEvents).Concat(undated).ToList();
        return new EventFacts(
            inPeriod.Select(Entry).ToList(),
            upcoming.Select(Entry).ToList(),
            shownEarlier.Select(Entry).ToList(),
            Math.Max(0, earlier.Count - MaxEarlierEvents));
    }

    private PartnerEntry PartnerEntryOf(Partnership partnership, Place home, SourceRegistry sources)
    {
        var partner = dataset.FindPlace(partnership.PartnerOf(home.Id))!;
        var people = partnership.People
            .Select(p => $"{p.Name}, {p.Role} ({Vocabularies.PersonCapacities[p.Capacity].Label.ToLowerInvariant()} for {NameOf(p.PlaceId)}) {sources.Cite(p.SourceId)}")
            .ToList();
        if (partnership.People.Count > 0 && partnership.People.All(p => p.Capacity != "signatory"))
        {
            people.Add("The source does not name the signatories.");
        }

        return new PartnerEntry(
            PlaceNameOf(partner),
            partnership.Id,
            partnership.Title,
            Vocabularies.PartnershipStages[partnership.Stage].Label,
            Describe(partnership.Since),
            people,
            sources.Cite(partnership.SourceId));
    }

    private bool IsInPartnerCountry(string placeId, HashSet<string> countries) =>
        dataset.FindPlace(placeId) is { } place && countries.Contains(place.Country);

    private string NameOf(string placeId) => dataset.FindPlace(placeId)?.Name ?? placeId;

    private static PlaceName PlaceNameOf(Place p) =>
        new(p.Id, p.Name, p.NativeName, Vocabularies.Countries[p.Country].Label, p.Region, p.NativeRegion, Vocabularies.PlaceKinds[p.Kind].Label);

    private static string Describe(DatedFact fact, string prefix = "") =>
        fact.Date is { } d ? prefix + d.ToDisplayString() + "." : "Date not stated" + (fact.Note is null ? "." : ": " + fact.Note);
}
