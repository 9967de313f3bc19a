using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Picks and computes the facts of one brief: for a partnership, or for a place with all its partners, and
/// a month. Every printed value comes from the dataset; where the data is silent the brief says so. Each fact
/// carries its scope, and only facts about the partnership are stated as the partnership's.
/// </summary>
public sealed class BriefingBuilder(Dataset dataset)
{
    private const int MaxEarlierEvents = 30;
    private const int MaxKeyFigures = 3;
    private const int MaxOtherPartnersNamed = 12;

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
        var period = request.Period;
        var sources = new SourceRegistry(dataset);
        var partners = partnerships.Select(p => dataset.FindPlace(p.PartnerOf(home.Id))!).ToList();
        var scopes = new ScopeClassifier(dataset, home, partners);
        var pairName = scope == BriefScope.Partnership ? $"{home.Name} and {partners[0].Name}" : $"{home.Name} and its partners";
        var notSpecific = scope == BriefScope.Partnership ? $"not specific to {partners[0].Name}" : "not specific to one partner";

        var entries = partnerships.Select(p => PartnerEntryOf(p, home, period, sources)).ToList();
        var aims = partnerships.SelectMany(p => p.Aims).Select(a => new AimEntry(a.Text, sources.Cite(a.SourceId))).ToList();
        var sectors = partnerships
            .SelectMany(p => p.Sectors.Select(s => (Partnership: p, Sector: s)))
            .Select(x => new SectorEntry(
                x.Sector.Label,
                Vocabularies.SectorStatuses[x.Sector.Status].Label,
                SectorTally.GroupOf(x.Sector),
                NameOf(x.Partnership.PartnerOf(home.Id)),
                x.Sector.Notes ?? "",
                sources.Cite(x.Sector.SourceId),
                Vocabularies.Sectors[x.Sector.Sector].Topic!))
            .OrderBy(s => s.Group)
            .ToList();
        var sectorGroups = SectorTally.Count(sectors);

        var trade = new TradeAnalysis(dataset, period, sources, home.Id, f => scopes.OfTrade(f) ?? FactScope.Aggregate);
        var flows = trade.Flows(dataset.Trade.Where(f => scopes.OfTrade(f) is not null));
        var tradeSection = trade.Section(flows);

        var institutions = dataset.Institutions
            .Select(i => (Item: i, Scope: scopes.OfLinked(i.HostPlaceId, i.RelatedPlaceIds)))
            .Where(x => x.Scope is not null)
            .OrderBy(x => x.Scope)
            .Select(x => new InstitutionEntry(
                x.Item.Name,
                x.Item.KindLabel,
                NameOf(x.Item.HostPlaceId),
                x.Item.RelatedPlaceIds.Count == 0 ? (x.Item.Operator ?? "—") : string.Join(", ", x.Item.RelatedPlaceIds.Select(NameOf)) + (x.Item.Operator is null ? "" : $"; operated by {x.Item.Operator}"),
                Describe(x.Item.Established),
                sources.Cite(x.Item.SourceId),
                x.Scope!.Value,
                ScopeNote(x.Scope!.Value, home, notSpecific)))
            .ToList();

        var connections = dataset.Connections
            .Select(c => (Item: c, Scope: scopes.OfJoined(c.PlaceIds)))
            .Where(x => x.Scope is not null)
            .OrderBy(x => x.Scope)
            .Select(x => new ConnectionEntry(
                x.Item.KindLabel,
                string.Join(" – ", x.Item.PlaceIds.Select(NameOf)),
                Vocabularies.ConnectionStatuses[x.Item.Status].Label,
                Describe(x.Item.Since),
                x.Item.Description ?? "",
                sources.Cite(x.Item.SourceId),
                x.Scope!.Value,
                ScopeNote(x.Scope!.Value, home, notSpecific)))
            .ToList();

        var events = EventsOf(period, scopes, sources);
        var context = ContextOf(scope, home, flows, trade, institutions, connections, events, scopes, sources, notSpecific);
        var keyFigures = KeyFigures(scope, home, partners, partnerships, flows, trade, sectors, sectorGroups, sources);
        var nextSteps = partnerships.SelectMany(p => p.NextSteps.Select(s => new NextStepEntry(NameOf(p.PartnerOf(home.Id)), s.Text, s.Owner ?? "Not stated", s.Due?.ToDisplayString() ?? "No date stated", sources.Cite(s.SourceId)))).ToList();
        var assessments = partnerships.Where(p => p.Assessment is not null)
            .Select(p => new AssessmentEntry(NameOf(p.PartnerOf(home.Id)), p.Assessment!.Text, p.Assessment.Author, p.Assessment.Date.ToDisplayString(), sources.Cite(p.Assessment.SourceId)))
            .ToList();
        var timeline = partnerships.SelectMany(p => TimelineOf(p, home)).Select(t => t with { Source = sources.Cite(t.Source.SourceId) }).ToList();
        var comparison = scope == BriefScope.Place ? Comparison(home, partnerships, flows, trade) : [];
        var otherPartners = scope == BriefScope.Partnership ? OtherPartnersLine(home, partnerships[0]) : null;

        var notices = Notices(scope, period, partnerships, home);
        var snapshot = Snapshot(period, partnerships, home, sectors, flows, trade, institutions, connections, events, nextSteps, sources);
        var changes = ChangeDetector.Compare(request.Previous, snapshot, period.AddMonths(-1));
        var glance = Glance(scope, home, partners, partnerships, period, sectorGroups, flows, trade, institutions, connections, events, changes, nextSteps, pairName, notSpecific);

        var homeName = PlaceNameOf(home);
        var partnerNames = partners.Select(PlaceNameOf).ToList();
        var title = scope == BriefScope.Partnership ? $"{home.Name} – {partners[0].Name}" : $"{home.Name} and its partners";
        var subtitle = scope == BriefScope.Partnership ? partnerships[0].Title : Plural(partnerships.Count, "partnership", "partnerships") + " on record";

        return new Briefing(
            request.SubjectId,
            scope,
            period,
            dataset.AsOf,
            dataset.IsSynthetic,
            title,
            subtitle,
            homeName,
            partnerNames,
            notices,
            glance,
            changes,
            nextSteps,
            assessments,
            glance.Select(g => $"{g.Label}: {g.Text}").ToList(),
            keyFigures,
            context,
            entries,
            otherPartners,
            timeline,
            comparison,
            aims,
            sectors,
            sectorGroups,
            tradeSection,
            institutions,
            connections,
            events,
            sources.Entries(),
            dataset.IsSynthetic
                ? "SYNTHETIC DATA: generated for testing; no figure describes a real place."
                : string.Join(" ", dataset.Files.Select(f => f.Notes).OfType<string>()),
            snapshot);
    }

    private static string ScopeNote(FactScope scope, Place home, string notSpecific) => scope switch
    {
        FactScope.Partnership => "",
        FactScope.OtherPartner => $"Another partner of {home.Name}; {notSpecific}",
        FactScope.Aggregate => $"An aggregate; {notSpecific}",
        _ => $"{home.Name}'s wider ties; {notSpecific}",
    };

    /// <summary>Notices that change how the whole brief must be read: placed on page 1, above everything else.</summary>
    private List<string> Notices(BriefScope scope, Month period, IReadOnlyList<Partnership> partnerships, Place home)
    {
        var notices = new List<string>();
        var asOfMonth = Month.FromDate(dataset.AsOf);
        if (period.CompareTo(asOfMonth) > 0)
        {
            notices.Add($"This brief is for {period.ToDisplayString()}, after the data's as-of date ({Formats.Date(dataset.AsOf)}): nothing that happened after that date is known to it.");
        }

        if (scope == BriefScope.Partnership && partnerships[0].StageAsOf(period.LastDay) is null)
        {
            var p = partnerships[0];
            var first = p.Steps.Where(s => s.Date.Date is not null).Min(s => s.Date.Date!.Value);
            notices.Add($"In {period.ToDisplayString()} this partnership did not exist yet: its first recorded step is dated {first.ToDisplayString()}.");
        }
        else if (scope == BriefScope.Place && partnerships.Count > 0 && partnerships.All(p => p.StageAsOf(period.LastDay) is null))
        {
            notices.Add($"In {period.ToDisplayString()} none of {home.Name}'s recorded partnerships existed yet.");
        }

        return notices;
    }

    private List<GlanceLine> Glance(
        BriefScope scope, Place home, IReadOnlyList<Place> partners, IReadOnlyList<Partnership> partnerships, Month period,
        IReadOnlyList<SectorGroupCount> sectorGroups, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade,
        List<InstitutionEntry> institutions, List<ConnectionEntry> connections, EventFacts events, ChangeFacts changes,
        List<NextStepEntry> nextSteps, string pairName, string notSpecific)
    {
        var lines = new List<GlanceLine>();
        if (scope == BriefScope.Partnership)
        {
            var p = partnerships[0];
            var stage = p.StageAsOf(period.LastDay);
            lines.Add(new GlanceLine("Stage", stage is { } s
                ? $"{Vocabularies.PartnershipStages[s.Stage].Label} ({p.Title.ToLowerInvariant()}), {SinceText(s.Since)}."
                : $"Not yet established in {period.ToDisplayString()}.", null));
        }
        else
        {
            var stages = partnerships.GroupBy(p => p.Stage).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {Vocabularies.PartnershipStages[g.Key].Label.ToLowerInvariant()}");
            lines.Add(new GlanceLine("Partners", partnerships.Count == 0
                ? "None recorded."
                : $"{Plural(partnerships.Count, "partnership", "partnerships")} — {string.Join(", ", stages)}: {string.Join(", ", partners.Select(x => x.Name).Take(8))}{(partners.Count > 8 ? $" and {partners.Count - 8} more" : "")}."));
        }

        var thisMonth = events.InPeriod.Select(e => $"{e.Name} ({e.When}, {e.Place})").ToList();
        thisMonth.AddRange(partnerships.SelectMany(p => p.Steps)
            .Where(s => s.Date.Date is { } d && d.Start <= period.LastDay && d.End >= period.FirstDay)
            .Select(s => $"stage reached: {Vocabularies.PartnershipStages[s.Stage].Label.ToLowerInvariant()} ({s.Date.Date!.Value.ToDisplayString()})"));
        thisMonth.AddRange(flows.Where(f => f.Scope == FactScope.Partnership)
            .SelectMany(f => f.Figures.Where(x => x.Period.IsMonth && x.Period.Date!.Value.Start == period.FirstDay).Select(x => $"trade in {period.ToDisplayString()} {Formats.Money(x.Value, f.Currency)}, reported by the {f.Reporter} side")));
        lines.Add(new GlanceLine("This month", thisMonth.Count == 0 ? $"Nothing is recorded for {period.ToDisplayString()}." : Capitalised(string.Join("; ", thisMonth)) + "."));

        lines.Add(new GlanceLine("What changed", changes.ComparedWith is null ? changes.Lines[0] : $"Since the {changes.ComparedWith} brief: {changes.Lines.Count} {(changes.Lines.Count == 1 ? "line" : "lines")} below."));
        if (changes.ComparedWith is not null)
        {
            lines[^1] = new GlanceLine("What changed", string.Join(" ", changes.Lines.Take(3)) + (changes.Lines.Count > 3 ? $" And {changes.Lines.Count - 3} more (see “What changed”)." : ""));
        }

        lines.Add(new GlanceLine("Next step", nextSteps.Count == 0
            ? "None stated in the sources."
            : string.Join(" ", nextSteps.Take(2).Select(n => $"{(scope == BriefScope.Place ? n.Partner + ": " : "")}{n.Text} Who: {n.Owner}. When: {n.Due}.")) + (nextSteps.Count > 2 ? $" And {nextSteps.Count - 2} more." : ""),
            nextSteps.Count == 0 ? null : nextSteps[0].Source));

        lines.Add(new GlanceLine("Sectors", char.ToUpperInvariant(SectorTally.Describe(sectorGroups)[0]) + SectorTally.Describe(sectorGroups)[1..] + "."));

        var pairFlows = flows.Where(f => f.Scope == FactScope.Partnership).ToList();
        if (pairFlows.Count > 0)
        {
            var reports = pairFlows.Select(f => (Flow: f, Result: trade.LatestWithChange(f))).Where(x => x.Result.Latest is not null)
                .Select(x => $"{TradeAnalysis.Describe(x.Result.Latest!, x.Flow.Currency)} {(x.Flow.Figures[0].CounterpartId is null ? "" : $"as reported by the {x.Flow.Reporter} side")}{(x.Result.Change is { } c ? $", {Formats.Percent(c)} on the year before" : "")}".TrimEnd());
            lines.Add(new GlanceLine("Trade", $"Between {pairName}: {string.Join("; ", reports)}."));
        }
        else
        {
            lines.Add(new GlanceLine("Trade", $"No trade figure names {pairName}" + (flows.Count > 0 ? $"; context below ({notSpecific})." : ".")));
        }

        var pairInstitutions = institutions.Count(i => i.Scope == FactScope.Partnership);
        var pairConnections = connections.Count(c => c.Scope == FactScope.Partnership);
        var wider = institutions.Count(i => i.Scope != FactScope.Partnership) + connections.Count(c => c.Scope != FactScope.Partnership);
        var links = pairInstitutions + pairConnections == 0
            ? $"No institution or transport link is recorded between {pairName}"
            : Capitalised($"{Counted(pairInstitutions, "institution", "institutions")} and {Counted(pairConnections, "transport link", "transport links")} connect {pairName}");
        lines.Add(new GlanceLine("Links", links + (wider > 0 ? $"; {Counted(wider, "more belongs", "more belong")} to {home.Name}'s wider ties (see Institutions and connectivity)." : ".")));

        var upcoming = events.Upcoming.Where(e => e.Scope == FactScope.Partnership).ToList();
        lines.Add(new GlanceLine("Upcoming", upcoming.Count == 0 ? $"No event of {pairName} is recorded after {Formats.Date(UpcomingFrom(period))}." : string.Join("; ", upcoming.Take(3).Select(e => $"{e.Name} ({e.When})")) + "."));
        return lines;
    }

    private List<KeyFigureFact> KeyFigures(
        BriefScope scope, Place home, IReadOnlyList<Place> partners, IReadOnlyList<Partnership> partnerships,
        IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, List<SectorEntry> sectors,
        IReadOnlyList<SectorGroupCount> groups, SourceRegistry sources)
    {
        var scopeName = scope == BriefScope.Partnership ? "This partnership" : $"{home.Name} with all its partners";
        var figures = new List<KeyFigureFact>();
        var inForce = sectors.Where(s => SectorTally.InForce(s.Group)).ToList();
        var signed = groups.FirstOrDefault(g => g.Group == SectorGroup.InInstrument)?.Count ?? 0;
        figures.Add(new KeyFigureFact(
            signed > 0 && signed == inForce.Count ? "Sectors in the signed instrument" : "Sectors agreed or active",
            inForce.Count == 0 ? "None yet" : Formats.Count(inForce.Count),
            inForce.Count == 0 ? "No sector is agreed or active in the data." : string.Join(", ", inForce.Select(s => s.Sector).Distinct().Take(8)) + (inForce.Select(s => s.Sector).Distinct().Count() > 8 ? " and more." : "."),
            inForce.Count == 0 ? null : inForce[0].Source,
            scopeName));

        var talk = sectors.Where(s => s.Group is SectorGroup.StatedAim or SectorGroup.Proposed).ToList();
        if (talk.Count > 0)
        {
            figures.Add(new KeyFigureFact(
                "Under discussion",
                Formats.Count(talk.Count),
                SectorTally.Describe(groups.Where(g => g.Group is SectorGroup.StatedAim or SectorGroup.Proposed).ToList()).Replace(" — none agreed yet", "", StringComparison.Ordinal) + ": not commitments.",
                talk[0].Source,
                scopeName));
        }

        var pairFlow = flows.FirstOrDefault(f => f.Scope == FactScope.Partnership);
        if (pairFlow is not null && trade.LatestWithChange(pairFlow) is { Latest: { } latest } result)
        {
            var other = flows.Where(f => f.Scope == FactScope.Partnership && f != pairFlow && f.Figures[0].CounterpartId is not null && TradeAnalysis.PairKey(f.Figures[0]) == TradeAnalysis.PairKey(pairFlow.Figures[0]))
                .Select(f => trade.Years(f).FirstOrDefault(y => y.Year == latest.Year) is { } y ? $"The {f.Reporter} side reports {Formats.Money(y.Value, f.Currency)} for the same period." : null)
                .OfType<string>();
            var converted = trade.Converted(latest) is { } c ? $"≈ {Formats.Money(c.Value, c.Currency)}. " : "";
            var change = result.Change is { } ch && result.Previous is not null ? $"{Formats.Percent(ch)} on {TradeAnalysis.LowerLabel(result.Previous.Label)}. " : "";
            figures.Add(new KeyFigureFact(
                $"Trade, {TradeAnalysis.LowerLabel(latest.Label)}",
                Formats.Money(latest.Value, pairFlow.Currency),
                $"{converted}{change}Reported by the {pairFlow.Reporter} side. {string.Join(" ", other)}".Trim(),
                sources.Cite(latest.Figures[0].SourceId),
                scope == BriefScope.Partnership ? scopeName : pairFlow.Name));
        }
        else if (scope == BriefScope.Partnership)
        {
            figures.Add(new KeyFigureFact(
                "Trade between the two",
                "Not recorded",
                flows.Count > 0 ? "No trade figure names both places; the figure below is context." : "The data holds no trade figure for these places up to this period.",
                null,
                scopeName));
        }
        else
        {
            figures.Add(new KeyFigureFact(
                "Partners",
                Formats.Count(partnerships.Count),
                partnerships.Count == 0 ? "None recorded." : string.Join(", ", partnerships.GroupBy(p => p.Stage).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {Vocabularies.PartnershipStages[g.Key].Label.ToLowerInvariant()}")) + ".",
                partnerships.Count == 0 ? null : sources.Cite(partnerships[0].SourceId),
                scopeName));
        }

        return figures.Take(MaxKeyFigures).ToList();
    }

    private List<ContextFact> ContextOf(
        BriefScope scope, Place home, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade,
        List<InstitutionEntry> institutions, List<ConnectionEntry> connections, EventFacts events,
        ScopeClassifier scopes, SourceRegistry sources, string notSpecific)
    {
        var context = new List<ContextFact>();
        foreach (var flow in flows.Where(f => f.Scope == FactScope.Aggregate))
        {
            if (trade.LatestWithChange(flow) is { Latest: { } latest })
            {
                var converted = trade.Converted(latest) is { } c ? $" ≈ {Formats.Money(c.Value, c.Currency)}. {c.Basis.TrimEnd('.')}" : "";
                context.Add(new ContextFact(
                    FactScope.Aggregate,
                    $"{home.Name}'s trade with {flow.Figures[0].CounterpartLabel} — {notSpecific}",
                    $"{TradeAnalysis.Describe(latest, flow.Currency)}{converted}.",
                    sources.Cite(latest.Figures[0].SourceId)));
            }
        }

        foreach (var count in dataset.Enterprises.Where(scopes.IsRelevantEnterpriseCount))
        {
            context.Add(new ContextFact(
                FactScope.Aggregate,
                $"{count.Description} — from all of {Vocabularies.Countries[count.OriginCountry].Label}, {notSpecific}",
                $"{Formats.Count(count.Count)}. {Describe(count.AsOf, "As of ")}",
                sources.Cite(count.SourceId)));
        }

        var wider = institutions.Where(i => i.Scope != FactScope.Partnership).Select(i => i.Name)
            .Concat(connections.Where(c => c.Scope != FactScope.Partnership).Select(c => $"{c.Kind.ToLowerInvariant()} {c.Places}"))
            .ToList();
        if (wider.Count > 0 && scope == BriefScope.Partnership)
        {
            context.Add(new ContextFact(
                FactScope.Place,
                $"{home.Name}'s wider ties — {notSpecific}",
                string.Join("; ", wider.Take(6)) + (wider.Count > 6 ? $"; and {wider.Count - 6} more" : "") + ".",
                null));
        }

        var widerEvents = events.Earlier.Concat(events.InPeriod).Count(e => e.Scope != FactScope.Partnership);
        if (widerEvents > 0 && scope == BriefScope.Partnership)
        {
            context.Add(new ContextFact(FactScope.Place, $"Events in {home.Name}'s wider ties — {notSpecific}", $"{Plural(widerEvents, "event", "events")} (see Events).", null));
        }

        return context;
    }

    private EventFacts EventsOf(Month period, ScopeClassifier scopes, SourceRegistry sources)
    {
        var relevant = dataset.Events
            .Select(e => (Event: e, Scope: scopes.OfLinked(e.PlaceId, e.RelatedPlaceIds)))
            .Where(x => x.Scope is not null)
            .ToList();
        EventEntry Entry((CooperationEvent Event, FactScope? Scope) x) => new(
            x.Event.Name,
            x.Event.KindLabel,
            NameOf(x.Event.PlaceId),
            x.Event.Start is { } s ? (x.Event.End is { } end && end != s ? $"{s.ToDisplayString()} – {end.ToDisplayString()}" : s.ToDisplayString()) : "Date not stated. " + (x.Event.DateNote ?? ""),
            sources.Cite(x.Event.SourceId),
            x.Scope!.Value);

        // Upcoming means after the period and after the data's as-of date: an event the data already dates
        // before its as-of day has happened (or not), whatever the period.
        var upcomingFrom = UpcomingFrom(period);
        var inPeriod = relevant.Where(x => x.Event.Start is { } s && s.Start <= period.LastDay && (x.Event.End ?? s).End >= period.FirstDay).OrderBy(x => x.Event.Start).ToList();
        var upcoming = relevant.Where(x => x.Event.Start is { } s && s.Start > upcomingFrom).OrderBy(x => x.Event.Start).ToList();
        var later = relevant.Count(x => x.Event.Start is { } s && s.Start > period.LastDay && s.Start <= upcomingFrom);
        var earlier = relevant.Where(x => x.Event.Start is { } s && (x.Event.End ?? s).End < period.FirstDay).OrderByDescending(x => x.Event.Start).ToList();
        var undated = relevant.Where(x => x.Event.Start is null && TradeAnalysis.IsUndatedPlaceable(period, dataset.AsOf)).ToList();
        var shownEarlier = earlier.Take(MaxEarlierEvents).Concat(undated).ToList();
        return new EventFacts(
            inPeriod.Select(Entry).ToList(),
            upcoming.Select(Entry).ToList(),
            shownEarlier.Select(Entry).ToList(),
            Math.Max(0, earlier.Count - MaxEarlierEvents),
            later);
    }

    private DateOnly UpcomingFrom(Month period) => period.LastDay > dataset.AsOf ? period.LastDay : dataset.AsOf;

    private PartnerEntry PartnerEntryOf(Partnership partnership, Place home, Month period, SourceRegistry sources)
    {
        var partner = dataset.FindPlace(partnership.PartnerOf(home.Id))!;
        var people = partnership.People
            .Select(p => $"{p.Name}, {p.Role} ({Vocabularies.PersonCapacities[p.Capacity].Label.ToLowerInvariant()} for {NameOf(p.PlaceId)}) {sources.Cite(p.SourceId)}")
            .ToList();
        if (partnership.People.Count > 0 && partnership.People.All(p => p.Capacity != "signatory"))
        {
            people.Add("The source does not name the signatories.");
        }

        var stage = partnership.StageAsOf(period.LastDay);
        return new PartnerEntry(
            PlaceNameOf(partner),
            partnership.Id,
            partnership.Title,
            stage is { } s ? Vocabularies.PartnershipStages[s.Stage].Label : $"Not yet established in {period.ToDisplayString()}",
            stage is { } t ? Describe(t.Since) : Describe(partnership.Since),
            people,
            sources.Cite(partnership.SourceId));
    }

    private IEnumerable<TimelineEntry> TimelineOf(Partnership partnership, Place home)
    {
        if (partnership.StageHistory.Count == 0)
        {
            yield break;
        }

        var partner = NameOf(partnership.PartnerOf(home.Id));
        foreach (var step in partnership.Steps)
        {
            yield return new TimelineEntry(partner, step.Date.Date?.ToDisplayString() ?? "Date not stated", Vocabularies.PartnershipStages[step.Stage].Label, new SourceRef(0, step.SourceId));
        }
    }

    private string? OtherPartnersLine(Place home, Partnership subject)
    {
        var others = dataset.Partnerships.Where(p => p.Involves(home.Id) && p.Id != subject.Id).ToList();
        return others.Count == 0
            ? $"{home.Name} has no other partnership in the data."
            : $"{home.Name}'s other partners: {string.Join(", ", others.Take(MaxOtherPartnersNamed).Select(p => $"{NameOf(p.PartnerOf(home.Id))} ({Vocabularies.PartnershipStages[p.Stage].Label.ToLowerInvariant()})"))}"
                + (others.Count > MaxOtherPartnersNamed ? $" and {Formats.Count(others.Count - MaxOtherPartnersNamed)} more (see the brief of {home.Name})." : ".");
    }

    private List<PartnerComparisonRow> Comparison(Place home, IReadOnlyList<Partnership> partnerships, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade) =>
        partnerships.Select(p =>
        {
            var partnerId = p.PartnerOf(home.Id);
            var inForce = p.Sectors.Where(s => SectorTally.InForce(SectorTally.GroupOf(s))).Select(s => s.Label).Distinct().ToList();
            var latest = flows.Where(f => f.Scope == FactScope.Partnership && (f.ReporterId == partnerId || f.Figures[0].CounterpartId == partnerId))
                .Select(f => trade.LatestWithChange(f).Latest is { } y ? $"{TradeAnalysis.Describe(y, f.Currency)}, {f.Reporter} side" : null)
                .OfType<string>()
                .ToList();
            return new PartnerComparisonRow(
                PlaceNameOf(dataset.FindPlace(partnerId)!),
                Vocabularies.PartnershipStages[p.Stage].Label,
                Describe(p.Since),
                inForce.Count == 0 ? "None in force" : string.Join(", ", inForce),
                latest.Count == 0 ? "Not recorded" : string.Join("; ", latest));
        }).ToList();

    private BriefingSnapshot Snapshot(
        Month period, IReadOnlyList<Partnership> partnerships, Place home, List<SectorEntry> sectors,
        IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, List<InstitutionEntry> institutions,
        List<ConnectionEntry> connections, EventFacts events, List<NextStepEntry> nextSteps, SourceRegistry sources)
    {
        var items = new List<SnapshotItem>();
        foreach (var p in partnerships)
        {
            var stage = p.StageAsOf(period.LastDay);
            items.Add(new SnapshotItem("stage", p.Id, $"{NameOf(p.PartnerOf(home.Id))} stage", stage is { } s ? Vocabularies.PartnershipStages[s.Stage].Label.ToLowerInvariant() : "not yet established"));
        }

        items.AddRange(sectors.Select(s => new SnapshotItem("sector", $"{s.Partner}|{s.Sector}", $"{s.Sector} ({s.Partner})", s.Status.ToLowerInvariant())));
        foreach (var flow in flows)
        {
            items.AddRange(trade.Years(flow).Select(y => new SnapshotItem("figure", $"{flow.Key}|{y.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}", $"{flow.Name}, {TradeAnalysis.LowerLabel(y.Label)}", Formats.Money(y.Value, flow.Currency))));
        }

        items.AddRange(institutions.Select(i => new SnapshotItem("institution", i.Name, i.Name, "")));
        items.AddRange(connections.Select(c => new SnapshotItem("connection", $"{c.Kind}|{c.Places}", $"{c.Kind.ToLowerInvariant()} {c.Places} ({c.Status.ToLowerInvariant()})", "")));
        items.AddRange(events.InPeriod.Concat(events.Upcoming).Concat(events.Earlier).Select(e => new SnapshotItem("event", e.Name, $"{e.Name} ({e.When})", "")));
        items.AddRange(nextSteps.Select(n => new SnapshotItem("next-step", n.Text, n.Text, "")));
        items.AddRange(sources.Entries().Select(s => new SnapshotItem("source", s.Id, s.Citation.Length > 120 ? s.Citation[..120] + "…" : s.Citation, "")));
        return new BriefingSnapshot(period.ToString(), items);
    }

    private static string SinceText(DatedFact since) =>
        since.Date is { } d ? "since " + d.ToDisplayString() : "date not stated" + (since.Note is null ? "" : $" ({Lower(since.Note.TrimEnd('.'))})");

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Plural(int count, string one, string many) => $"{Formats.Count(count)} {(count == 1 ? one : many)}";

    /// <summary>"no institution", "1 institution", "2 institutions": zero in words, as the sections say it.</summary>
    private static string Counted(int count, string one, string many) => count == 0 ? $"no {one}" : Plural(count, one, many);

    private string NameOf(string placeId) => dataset.FindPlace(placeId)?.Name ?? placeId;

    private static PlaceName PlaceNameOf(Place p) =>
        new(p.Id, p.Name, p.NativeName, Vocabularies.Countries[p.Country].Label, p.Region, p.NativeRegion, Vocabularies.PlaceKinds[p.Kind].Label);

    private static string Describe(DatedFact fact, string prefix = "") =>
        fact.Date is { } d ? prefix + d.ToDisplayString() + "." : "Date not stated" + (fact.Note is null ? "." : ": " + fact.Note);
}
