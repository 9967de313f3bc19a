using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Picks and computes the facts of one brief: for a partnership, or for a place with all its partners, and
/// a month. Every printed value comes from the dataset; where the data is silent the brief says so. Each fact
/// carries its scope, and only facts about the partnership are stated as the partnership's.
/// </summary>
public sealed class BriefingBuilder
{
    private const int MaxEarlierEvents = 30;
    private const int MaxKeyFigures = 3;
    private const int MaxOtherPartnersNamed = 12;

    /// <summary>
    /// A partnership brief lists all of its own rows but only this many of the home place's other ties per table
    /// (the place brief lists them all): a city with 500 partners made an 83-page partnership brief.
    /// </summary>
    private const int MaxOtherTiesListed = 30;

    private readonly Dataset dataset;

    public BriefingBuilder(Dataset dataset)
        : this(dataset, Language.English)
    {
    }

    private BriefingBuilder(Dataset dataset, Language language)
    {
        this.dataset = dataset;
        L = language;
        Names = new PlaceNames(dataset, language);
    }

    /// <summary>The brief's language: every word the builder writes comes from its glossary.</summary>
    private Language L { get; }

    private PlaceNames Names { get; }

    public Briefing Build(BriefRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.LanguageOrDefault != L)
        {
            return new BriefingBuilder(dataset, request.LanguageOrDefault).Build(request);
        }

        var partnership = dataset.FindPartnership(request.SubjectId);
        if (partnership is not null)
        {
            var home = dataset.FindPlace(partnership.PlaceIds[0])!;
            return Build(request, BriefScope.Partnership, home, [partnership]);
        }

        var place = dataset.FindPlace(request.SubjectId)
            ?? throw new BriefSubjectNotFoundException($"No partnership or place with id '{request.SubjectId}' is in the valid data.");
        return Build(request, BriefScope.Place, place, dataset.ByPlace.Partnerships.Of(place.Id));
    }

    private Briefing Build(BriefRequest request, BriefScope scope, Place home, IReadOnlyList<Partnership> partnerships)
    {
        var period = request.Period;
        var sources = new SourceRegistry(dataset, L, Names);
        var partners = partnerships.Select(p => dataset.FindPlace(p.PartnerOf(home.Id))!).ToList();
        var scopes = new ScopeClassifier(dataset, home, partners);

        // Only rows that name the brief's places can be in it; the classifier decides what each of those is.
        var subjectPlaces = partners.Select(p => p.Id).Prepend(home.Id).ToList();
        var pairName = scope == BriefScope.Partnership ? L.Format("pair.two", ("home", Name(home)), ("partner", Name(partners[0]))) : L.Format("pair.all", ("home", Name(home)));
        var notSpecific = scope == BriefScope.Partnership ? L.Format("scope.not-specific-to", ("partner", Name(partners[0]))) : L.Text("scope.not-specific-to-one");

        var entries = partnerships.Select(p => PartnerEntryOf(p, home, period, sources)).ToList();
        var aims = partnerships.SelectMany(p => p.Aims).Select(a => new AimEntry(Names.Source(a.Text, a.Translations), sources.Cite(a.SourceId))).ToList();
        var sectors = partnerships
            .SelectMany(p => p.Sectors.Select(s => (Partnership: p, Sector: s)))
            .Select(x => new SectorEntry(
                Names.Term("sector", x.Sector.Sector, x.Sector.Other),
                L.Term("sector-status", x.Sector.Status),
                SectorTally.GroupOf(x.Sector),
                NameOf(x.Partnership.PartnerOf(home.Id)),
                x.Sector.Notes is null ? "" : Names.Source(x.Sector.Notes, x.Sector.Translations, "notes"),
                sources.Cite(x.Sector.SourceId),
                Vocabularies.Sectors[x.Sector.Sector].Topic!))
            .OrderBy(s => s.Group)
            .ToList();
        var sectorGroups = SectorTally.Count(sectors, L);

        var trade = new TradeAnalysis(dataset, period, sources, home.Id, f => scopes.OfTrade(f) ?? FactScope.Aggregate, L, Names);
        var tradeKeys = partners.Select(p => PlaceIndex.PairKey(home.Id, p.Id)).Prepend(PlaceIndex.AggregateKey(home.Id));
        var flows = trade.Flows(dataset.ByPlace.Trade.OfAny(tradeKeys).Where(f => scopes.OfTrade(f) is not null));
        var tradeSection = trade.Section(flows);

        // Rows left out of a table are never written, so they cite no source; the counts still include them.
        var (institutionRows, institutionsNotShown) = OwnAndFirstOthers(scope, Classified(
                "institutions", dataset.ByPlace.Institutions, () => dataset.ByPlace.Institutions.OfAny(subjectPlaces), scope, home, partners, scopes, (s, i) => s.OfLinked(i.HostPlaceId, i.RelatedPlaceIds)),
            x => (long)x.Scope!.Value, x => x.Scope!.Value);
        var institutions = institutionRows
            .Select(x => new InstitutionEntry(
                Names.Source(x.Item.Name, x.Item.Translations, "name"),
                Names.Term("institution-kind", x.Item.Kind, x.Item.Other),
                NameOf(x.Item.HostPlaceId),
                x.Item.RelatedPlaceIds.Count == 0 ? (x.Item.Operator is null ? "—" : Names.Source(x.Item.Operator, x.Item.Translations, "operator")) : string.Join(L.Text("list.separator"), x.Item.RelatedPlaceIds.Select(NameOf)) + (x.Item.Operator is null ? "" : L.Format("institution.operated-by", ("operator", Names.Source(x.Item.Operator, x.Item.Translations, "operator")))),
                Describe(x.Item.Established),
                sources.Cite(x.Item.SourceId),
                x.Scope!.Value,
                ScopeNote(x.Scope!.Value, home, notSpecific)))
            .ToList();

        var (connectionRows, connectionsNotShown) = OwnAndFirstOthers(scope, Classified(
                "connections", dataset.ByPlace.Connections, () => dataset.ByPlace.Connections.Of(home.Id), scope, home, partners, scopes, (s, c) => s.OfJoined(c.PlaceIds)),
            x => (long)x.Scope!.Value, x => x.Scope!.Value);
        var connections = connectionRows
            .Select(x => new ConnectionEntry(
                Names.Term("connection-kind", x.Item.Kind, x.Item.Other),
                string.Join(" – ", x.Item.PlaceIds.Select(NameOf)),
                L.Term("connection-status", x.Item.Status),
                Describe(x.Item.Since),
                x.Item.Description is null ? "" : Names.Source(x.Item.Description, x.Item.Translations, "description"),
                sources.Cite(x.Item.SourceId),
                x.Scope!.Value,
                ScopeNote(x.Scope!.Value, home, notSpecific)))
            .ToList();

        var events = EventsOf(scope, period, sources, Classified(
            "events", dataset.ByPlace.Events, () => dataset.ByPlace.Events.OfAny(subjectPlaces), scope, home, partners, scopes, (s, e) => s.OfLinked(e.PlaceId, e.RelatedPlaceIds)));
        var tiesNotShown = institutionsNotShown + connectionsNotShown;
        var context = ContextOf(scope, home, flows, trade, institutions, connections, tiesNotShown, events, scopes, sources, notSpecific, subjectPlaces);
        var keyFigures = KeyFigures(scope, home, partners, partnerships, flows, trade, sectors, sectorGroups, sources, request.Period);
        var nextSteps = partnerships.SelectMany(p => p.NextSteps.Select(s => new NextStepEntry(
            NameOf(p.PartnerOf(home.Id)),
            Names.Source(s.Text, s.Translations),
            s.Owner is null ? L.Text("next-step.owner-not-stated") : Names.Source(s.Owner, s.Translations, "owner"),
            s.Due is { } due ? L.Date(due) : L.Text("next-step.no-date"),
            sources.Cite(s.SourceId)))).ToList();
        var assessments = partnerships.Where(p => p.Assessment is not null)
            .Select(p => new AssessmentEntry(NameOf(p.PartnerOf(home.Id)), Names.Source(p.Assessment!.Text, p.Assessment.Translations), p.Assessment.Author, L.Date(p.Assessment.Date), sources.Cite(p.Assessment.SourceId)))
            .ToList();
        var timeline = partnerships.SelectMany(p => TimelineOf(p, home)).Select(t => t with { Source = sources.Cite(t.Source.SourceId) }).ToList();
        var comparison = scope == BriefScope.Place ? Comparison(home, partnerships, flows, trade, period) : [];
        var otherPartners = scope == BriefScope.Partnership ? OtherPartnersLine(home, partnerships[0], period) : null;

        var notices = Notices(scope, period, partnerships, home);
        var cutKinds = new[] { ("institution", institutionsNotShown), ("connection", connectionsNotShown), ("event", events.InPeriodNotShown + events.UpcomingNotShown + events.EarlierNotShown + events.LaterNotShown) }
            .Where(c => c.Item2 > 0).Select(c => c.Item1).ToList();
        var snapshot = Snapshot(period, partnerships, home, sectors, flows, trade, institutions, connections, events, nextSteps, sources, cutKinds);
        var changes = ChangeDetector.Compare(request.Previous, snapshot, period.AddMonths(-1), L);
        var glance = Glance(scope, home, partners, partnerships, period, sectorGroups, flows, trade, institutions, connections, tiesNotShown, events, changes, nextSteps, pairName, notSpecific);

        var homeName = PlaceNameOf(home);
        var partnerNames = partners.Select(PlaceNameOf).ToList();
        var title = scope == BriefScope.Partnership ? $"{Name(home)} – {Name(partners[0])}" : L.Format("pair.all", ("home", Name(home)));
        var subtitle = scope == BriefScope.Partnership ? Names.Source(partnerships[0].Title, partnerships[0].Translations, "title") : L.Count("count.partnerships-on-record", partnerships.Count);

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
            glance.Select(g => g.Label + L.Text("punct.label") + g.Text).ToList(),
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
                ? L.Text("note.synthetic")
                : string.Join(" ", dataset.Files.Where(f => f.Notes is not null).Select(f => Names.Source(f.Notes!, f.Translations, "notes"))),
            snapshot)
        {
            Language = L.Tag,
            SourceTextNote = Names.UsedSourceText ? L.Format("note.source-text", ("language", L.Text("language.en"))) : null,
            InstitutionsNotShown = institutionsNotShown,
            ConnectionsNotShown = connectionsNotShown,
        };
    }

    /// <summary>
    /// The rows of a list in the brief, with their scopes, in dataset order; a partnership brief's from <see cref="HomeTies"/>.
    /// Enumerated once by its one reader, so not copied into a list (a city's 10,000 events made one per brief).
    /// </summary>
    private IEnumerable<(T Item, FactScope? Scope)> Classified<T>(
        string list, RowsByKey<T, string> rows, Func<IEnumerable<T>> candidates, BriefScope scope, Place home, IReadOnlyList<Place> partners,
        ScopeClassifier scopes, Func<ScopeClassifier, T, FactScope?> classify) =>
        scope == BriefScope.Partnership
            ? HomeTies.Of(list, rows, dataset, home, partners[0], scopes, classify).Select(x => (x.Row, (FactScope?)x.Scope))
            : candidates().Select(r => (r, classify(scopes, r))).Where(x => x.Item2 is not null);

    /// <summary>
    /// The rows in order of <paramref name="orderKey"/> (stable): a place brief's all, a partnership brief's every row of
    /// the partnership and the first <see cref="MaxOtherTiesListed"/> others; and how many others are left out.
    /// </summary>
    private static (List<T> Shown, int NotShown) OwnAndFirstOthers<T>(BriefScope scope, IEnumerable<T> rows, Func<T, long> orderKey, Func<T, FactScope> scopeOf)
    {
        if (scope == BriefScope.Place)
        {
            return (rows.OrderBy(orderKey).ToList(), 0);
        }

        var (shown, total) = FirstInOrder<T>.Of(rows, orderKey, row => scopeOf(row) == FactScope.Partnership, MaxOtherTiesListed);
        return (shown, total - shown.Count);
    }

    /// <summary>A date's order as one number: by its first day, then its last (as <see cref="PartialDate.CompareTo"/>).</summary>
    private static long OrderOf(PartialDate date) => ((long)date.Start.DayNumber << 20) | (uint)date.End.DayNumber;

    private string ScopeNote(FactScope scope, Place home, string notSpecific) => scope switch
    {
        FactScope.Partnership => "",
        FactScope.OtherPartner => L.Format("scope.other-partner", ("home", Name(home)), ("notSpecific", notSpecific)),
        FactScope.Aggregate => L.Format("scope.aggregate", ("notSpecific", notSpecific)),
        _ => L.Format("scope.wider-ties", ("home", Name(home)), ("notSpecific", notSpecific)),
    };

    /// <summary>Notices that change how the whole brief must be read: placed on page 1, above everything else.</summary>
    private List<string> Notices(BriefScope scope, Month period, IReadOnlyList<Partnership> partnerships, Place home)
    {
        var notices = new List<string>();
        var asOfMonth = Month.FromDate(dataset.AsOf);
        if (period.CompareTo(asOfMonth) > 0)
        {
            notices.Add(L.Format("notice.after-as-of", ("period", L.Month(period)), ("asOf", L.Date(dataset.AsOf))));
        }

        if (scope == BriefScope.Partnership && partnerships[0].StageAsOf(period.LastDay) is null)
        {
            var p = partnerships[0];
            var first = p.Steps.Where(s => s.Date.Date is not null).Min(s => s.Date.Date!.Value);
            notices.Add(L.Format("notice.before-first-step", ("period", L.Month(period)), ("first", L.Date(first))));
        }
        else if (scope == BriefScope.Place && partnerships.Count > 0 && partnerships.All(p => p.StageAsOf(period.LastDay) is null))
        {
            notices.Add(L.Format("notice.none-existed", ("period", L.Month(period)), ("home", Name(home))));
        }

        return notices;
    }

    private List<GlanceLine> Glance(
        BriefScope scope, Place home, IReadOnlyList<Place> partners, IReadOnlyList<Partnership> partnerships, Month period,
        IReadOnlyList<SectorGroupCount> sectorGroups, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade,
        List<InstitutionEntry> institutions, List<ConnectionEntry> connections, int tiesNotShown, EventFacts events, ChangeFacts changes,
        List<NextStepEntry> nextSteps, string pairName, string notSpecific)
    {
        var lines = new List<GlanceLine>();
        if (scope == BriefScope.Partnership)
        {
            var p = partnerships[0];
            var stage = p.StageAsOf(period.LastDay);
            lines.Add(new GlanceLine(L.Text("glance.stage"), stage is { } s
                ? L.Format("glance.stage.text", ("stage", L.Term("stage", s.Stage)), ("title", Names.Source(p.Title, p.Translations, "title").ToLowerInvariant()), ("since", SinceText(s.Since)))
                : L.Format("glance.stage.not-yet", ("period", L.Month(period))), null));
        }
        else
        {
            lines.Add(new GlanceLine(L.Text("glance.partners"), partnerships.Count == 0
                ? L.Text("glance.partners.none")
                : L.Format(
                    "glance.partners.text",
                    ("partnerships", L.Count("count.partnerships", partnerships.Count)),
                    // Each partner with its stage: the counts alone do not say which partner is at which stage.
                    ("partners", string.Join(L.Text("list.separator"), partnerships.Take(8).Select((p, i) => L.Format("partners.other.entry", ("partner", Name(partners[i])), ("stage", Language.InSentence(StageIn(p, period), NotAName)))))
                        + (partners.Count > 8 ? L.Format("list.and-more", ("count", Formats.Count(partners.Count - 8, L))) : "")))));
        }

        var thisMonth = events.InPeriod.Select(e => L.Format("glance.event", ("name", e.Name), ("when", e.When), ("place", e.Place))).ToList();
        thisMonth.AddRange(partnerships.SelectMany(p => p.Steps)
            .Where(s => s.Date.Date is { } d && d.Start <= period.LastDay && d.End >= period.FirstDay)
            .Select(s => L.Format("glance.stage-reached", ("stage", L.Term("stage", s.Stage).ToLowerInvariant()), ("date", L.Date(s.Date.Date!.Value)))));
        thisMonth.AddRange(flows.Where(f => f.Scope == FactScope.Partnership)
            .SelectMany(f => f.Figures.Where(x => x.Period.IsMonth && x.Period.Date!.Value.Start == period.FirstDay).Select(x => L.Format("glance.trade-in-month", ("period", L.Month(period)), ("amount", Formats.Money(x.Value, f.Currency, L)), ("reporter", f.Reporter)))));
        lines.Add(new GlanceLine(L.Text("glance.this-month"), thisMonth.Count == 0 ? L.Format("glance.nothing-recorded", ("period", L.Month(period))) : Capitalised(string.Join(L.Text("list.clauses"), thisMonth)) + L.Text("punct.end")));

        lines.Add(new GlanceLine(L.Text("glance.what-changed"), changes.ComparedWith is null ? changes.Lines[0] : L.Count("glance.changes-below", changes.Lines.Count, ("previous", changes.ComparedWith))));
        if (changes.ComparedWith is not null)
        {
            lines[^1] = new GlanceLine(L.Text("glance.what-changed"), string.Join(L.Text("punct.sentence-gap"), changes.Lines.Take(3)) + (changes.Lines.Count > 3 ? L.Format("glance.changes-more", ("count", Formats.Count(changes.Lines.Count - 3, L))) : ""));
        }

        lines.Add(new GlanceLine(L.Text("glance.next-step"), nextSteps.Count == 0
            ? L.Text("glance.next-step.none")
            : string.Join(L.Text("punct.sentence-gap"), nextSteps.Take(2).Select(n => (scope == BriefScope.Place ? n.Partner + L.Text("punct.label") : "") + L.Format("glance.next-step.text", ("text", n.Text), ("owner", L.AfterColon(n.Owner, Names.StartsWithName)), ("due", L.AfterColon(n.Due, Names.StartsWithName)))))
                + (nextSteps.Count > 2 ? L.Format("glance.more", ("count", Formats.Count(nextSteps.Count - 2, L))) : ""),
            nextSteps.Count == 0 ? null : nextSteps[0].Source));

        lines.Add(new GlanceLine(L.Text("glance.sectors"), Capitalised(SectorTally.Describe(sectorGroups, L)) + L.Text("punct.end")));

        var pairFlows = flows.Where(f => f.Scope == FactScope.Partnership).ToList();
        if (pairFlows.Count > 0)
        {
            var reports = pairFlows.Select(x => (Flow: x, Result: trade.LatestWithChange(x))).Where(x => x.Result.Latest is not null)
                .Select(x => L.Format(
                    "glance.trade.report",
                    ("amount", trade.Describe(x.Result.Latest!, x.Flow.Currency)),
                    ("reporter", x.Flow.Figures[0].CounterpartId is null ? "" : L.Format("glance.trade.reported-by", ("reporter", x.Flow.Reporter))),
                    ("change", x.Result.Change is { } c ? L.Format("glance.trade.change", ("change", Formats.Percent(c, L))) : "")).TrimEnd());
            lines.Add(new GlanceLine(L.Text("glance.trade"), L.Format("glance.trade.between", ("pair", pairName), ("reports", string.Join(L.Text("list.clauses"), reports)))));
        }
        else
        {
            lines.Add(new GlanceLine(L.Text("glance.trade"), flows.Count > 0 ? L.Format("glance.trade.none-context", ("pair", pairName), ("notSpecific", notSpecific)) : L.Format("glance.trade.none", ("pair", pairName))));
        }

        var pairInstitutions = institutions.Count(i => i.Scope == FactScope.Partnership);
        var pairConnections = connections.Count(c => c.Scope == FactScope.Partnership);
        var wider = institutions.Count(i => i.Scope != FactScope.Partnership) + connections.Count(c => c.Scope != FactScope.Partnership) + tiesNotShown;
        var links = pairInstitutions + pairConnections == 0
            ? L.Format("glance.links.none", ("pair", pairName))
            : Capitalised(L.Format("glance.links.some", ("institutions", Counted(pairInstitutions, "count.institutions")), ("connections", Counted(pairConnections, "count.transport-links")), ("pair", pairName)));
        lines.Add(new GlanceLine(L.Text("glance.links"), links + (wider > 0 ? L.Count("glance.links.wider", wider, ("home", Name(home)), ("section", L.Text("section.connections"))) : L.Text("punct.end"))));

        var upcoming = events.Upcoming.Where(e => e.Scope == FactScope.Partnership).ToList();
        lines.Add(new GlanceLine(L.Text("glance.upcoming"), upcoming.Count == 0
            ? L.Format("glance.upcoming.none", ("pair", pairName), ("date", L.Date(UpcomingFrom(period))))
            : string.Join(L.Text("list.clauses"), upcoming.Take(3).Select(e => L.Format("glance.upcoming.event", ("name", e.Name), ("when", e.When)))) + L.Text("punct.end")));

        // Each line is printed after its label and a colon: in Russian it goes on in lower case.
        return lines.Select(l => l with { Text = L.AfterColon(l.Text, Names.StartsWithName) }).ToList();
    }

    private List<KeyFigureFact> KeyFigures(
        BriefScope scope, Place home, IReadOnlyList<Place> partners, IReadOnlyList<Partnership> partnerships,
        IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, List<SectorEntry> sectors,
        IReadOnlyList<SectorGroupCount> groups, SourceRegistry sources, Month period)
    {
        var scopeName = L.AfterColon(scope == BriefScope.Partnership ? L.Text("figure.scope.partnership") : L.Format("figure.scope.place", ("home", Name(home))), Names.StartsWithName);
        var figures = new List<KeyFigureFact>();
        var inForce = sectors.Where(s => SectorTally.InForce(s.Group)).ToList();
        var signed = groups.FirstOrDefault(g => g.Group == SectorGroup.InInstrument)?.Count ?? 0;
        figures.Add(new KeyFigureFact(
            signed > 0 && signed == inForce.Count ? L.Text("figure.sectors-signed") : L.Text("figure.sectors-in-force"),
            inForce.Count == 0 ? L.Text("figure.none-yet") : Formats.Count(inForce.Count, L),
            inForce.Count == 0 ? L.Text("figure.sectors.none") : string.Join(L.Text("list.separator"), inForce.Select(s => s.Sector).Distinct().Take(8)) + (inForce.Select(s => s.Sector).Distinct().Count() > 8 ? L.Text("figure.and-more") : L.Text("punct.end")),
            inForce.Count == 0 ? null : inForce[0].Source,
            scopeName));

        var talk = sectors.Where(s => s.Group is SectorGroup.StatedAim or SectorGroup.Proposed).ToList();
        if (talk.Count > 0)
        {
            figures.Add(new KeyFigureFact(
                L.Text("figure.under-discussion"),
                Formats.Count(talk.Count, L),
                L.Format("figure.not-commitments", ("groups", SectorTally.Describe(groups.Where(g => g.Group is SectorGroup.StatedAim or SectorGroup.Proposed).ToList(), L, withCaveat: false))),
                talk[0].Source,
                scopeName));
        }

        var pairFlow = flows.FirstOrDefault(f => f.Scope == FactScope.Partnership);
        if (pairFlow is not null && trade.LatestWithChange(pairFlow) is { Latest: { } latest } result)
        {
            var other = flows.Where(f => f.Scope == FactScope.Partnership && f != pairFlow && f.Figures[0].CounterpartId is not null && TradeAnalysis.PairKey(f.Figures[0]) == TradeAnalysis.PairKey(pairFlow.Figures[0]))
                .Select(f => trade.Years(f).FirstOrDefault(y => y.Year == latest.Year) is { } y ? L.Format("figure.trade.other-side", ("reporter", f.Reporter), ("amount", Formats.Money(y.Value, f.Currency, L))) : null)
                .OfType<string>();
            var detail = new List<string>();
            if (trade.Converted(latest) is { } c)
            {
                detail.Add(L.Format("figure.trade.converted", ("amount", Formats.Money(c.Value, c.Currency, L))));
            }

            if (result.Change is { } ch && result.Previous is not null)
            {
                detail.Add(L.Format("figure.trade.change", ("change", Formats.Percent(ch, L)), ("previous", trade.LowerLabel(result.Previous.Label))));
            }

            detail.Add(L.Format("figure.trade.reported-by", ("reporter", pairFlow.Reporter)));
            detail.AddRange(other);
            figures.Add(new KeyFigureFact(
                L.Format("figure.trade", ("covers", trade.LowerLabel(latest.Label))),
                Formats.Money(latest.Value, pairFlow.Currency, L),
                string.Join(L.Text("punct.sentence-gap"), detail),
                sources.Cite(latest.Figures[0].SourceId),
                scope == BriefScope.Partnership ? scopeName : pairFlow.Name));
        }
        else if (scope == BriefScope.Partnership)
        {
            figures.Add(new KeyFigureFact(
                L.Text("figure.trade-between"),
                L.Text("figure.not-recorded"),
                flows.Count > 0 ? L.Text("figure.trade.context-only") : L.Text("figure.trade.none"),
                null,
                scopeName));
        }
        else
        {
            figures.Add(new KeyFigureFact(
                L.Text("glance.partners"),
                Formats.Count(partnerships.Count, L),
                partnerships.Count == 0 ? L.Text("glance.partners.none") : string.Join(L.Text("list.separator"), partnerships.GroupBy(p => StageIn(p, period)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => L.Format("glance.stage-count", ("count", Formats.Count(g.Count(), L)), ("stage", Language.InSentence(g.Key, NotAName))))) + L.Text("punct.end"),
                partnerships.Count == 0 ? null : sources.Cite(partnerships[0].SourceId),
                scopeName));
        }

        return figures.Take(MaxKeyFigures).ToList();
    }

    private List<ContextFact> ContextOf(
        BriefScope scope, Place home, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade,
        List<InstitutionEntry> institutions, List<ConnectionEntry> connections, int tiesNotShown, EventFacts events,
        ScopeClassifier scopes, SourceRegistry sources, string notSpecific, IReadOnlyList<string> subjectPlaces)
    {
        var context = new List<ContextFact>();
        foreach (var flow in flows.Where(f => f.Scope == FactScope.Aggregate))
        {
            if (trade.LatestWithChange(flow) is { Latest: { } latest })
            {
                var converted = trade.Converted(latest) is { } c ? L.Format("context.converted", ("amount", Formats.Money(c.Value, c.Currency, L)), ("basis", c.Basis.TrimEnd('.', '。'))) : "";
                context.Add(new ContextFact(
                    FactScope.Aggregate,
                    L.Format("context.trade-with", ("home", Name(home)), ("counterpart", Names.Source(flow.Figures[0].CounterpartLabel, flow.Figures[0].Translations, "counterpartLabel")), ("notSpecific", notSpecific)),
                    trade.Describe(latest, flow.Currency) + converted + L.Text("punct.end"),
                    sources.Cite(latest.Figures[0].SourceId)));
            }
        }

        foreach (var count in dataset.ByPlace.Enterprises.OfAny(subjectPlaces).Where(scopes.IsRelevantEnterpriseCount))
        {
            context.Add(new ContextFact(
                FactScope.Aggregate,
                L.Format("context.enterprises", ("description", Names.Source(count.Description, count.Translations, "description")), ("country", L.Country(count.OriginCountry)), ("notSpecific", notSpecific)),
                L.Format("context.enterprises.count", ("count", Formats.Count(count.Count, L)), ("asOf", count.AsOf.Date is { } asOf ? L.Format("context.as-of", ("date", L.Date(asOf))) : Describe(count.AsOf))),
                sources.Cite(count.SourceId)));
        }

        var wider = institutions.Where(i => i.Scope != FactScope.Partnership).Select(i => i.Name)
            .Concat(connections.Where(c => c.Scope != FactScope.Partnership).Select(c => L.Format("context.link", ("kind", c.Kind.ToLowerInvariant()), ("places", c.Places))))
            .ToList();
        if (wider.Count > 0 && scope == BriefScope.Partnership)
        {
            context.Add(new ContextFact(
                FactScope.Place,
                L.Format("context.wider-ties", ("home", Name(home)), ("notSpecific", notSpecific)),
                string.Join(L.Text("list.clauses"), wider.Take(6)) + (wider.Count + tiesNotShown > 6 ? L.Format("context.and-more", ("count", Formats.Count(wider.Count + tiesNotShown - 6, L))) : "") + L.Text("punct.end"),
                null));
        }

        var widerEvents = events.Earlier.Concat(events.InPeriod).Count(e => e.Scope != FactScope.Partnership) + events.InPeriodNotShown;
        if (widerEvents > 0 && scope == BriefScope.Partnership)
        {
            context.Add(new ContextFact(FactScope.Place, L.Format("context.wider-events", ("home", Name(home)), ("notSpecific", notSpecific)), L.Count("context.wider-events.count", widerEvents, ("section", L.Text("section.events"))), null));
        }

        // Each fact is printed after its label and a colon: in Russian it goes on in lower case.
        return context.Select(c => c with { Text = L.AfterColon(c.Text, Names.StartsWithName) }).ToList();
    }

    private EventFacts EventsOf(BriefScope scope, Month period, SourceRegistry sources, IEnumerable<(CooperationEvent Item, FactScope? Scope)> classified)
    {
        EventEntry Entry(DatedEvent x) => new(
            Names.Source(x.Event.Name, x.Event.Translations, "name"),
            Names.Term("event-kind", x.Event.Kind, x.Event.Other),
            NameOf(x.Event.PlaceId),
            x.Event.Start is { } s ? (x.Event.End is { } end && end != s ? $"{L.Date(s)} – {L.Date(end)}" : L.Date(s)) : L.Text("date.not-stated-sentence") + (x.Event.DateNote is null ? "" : Names.Source(x.Event.DateNote, x.Event.Translations, "dateNote")),
            sources.Cite(x.Event.SourceId),
            x.Scope!.Value);

        // One pass over the events (10,000 for a city with 5,000 partners, in each of its briefs), each event's days
        // worked out once, feeding every list at once: a place brief shows all of a list, a partnership brief its own
        // events and the first few others (FirstInOrder), in date order; earlier events the latest first.
        // Upcoming means after the period and after the data's as-of date: an event the data already dates
        // before its as-of day has happened (or not), whatever the period.
        var (firstDay, lastDay) = (period.FirstDay, period.LastDay);
        var upcomingFrom = UpcomingFrom(period);
        var undatedPlaceable = TradeAnalysis.IsUndatedPlaceable(period, dataset.AsOf);
        var days = dataset.ByPlace.Kept(nameof(DatedEvent), () => dataset.Events.ToDictionary<CooperationEvent, CooperationEvent, EventDays>(e => e, EventDays.Of, ReferenceEqualityComparer.Instance));
        var inPeriodPicked = new FirstInOrder<DatedEvent>(MaxOtherTiesListed);
        var upcomingPicked = new FirstInOrder<DatedEvent>(MaxOtherTiesListed);
        var earlierPicked = new FirstInOrder<DatedEvent>(MaxEarlierEvents);
        var undated = new List<DatedEvent>();
        var later = 0;
        foreach (var (item, itemScope) in classified)
        {
            var x = new DatedEvent(item, itemScope, days[item]);
            if (!x.IsDated)
            {
                if (undatedPlaceable)
                {
                    undated.Add(x);
                }

                continue;
            }

            var shownAlways = scope == BriefScope.Place || x.Scope == FactScope.Partnership;
            if (x.First <= lastDay && x.Last >= firstDay)
            {
                inPeriodPicked.Add(x, x.Order, shownAlways);
            }

            if (x.First > upcomingFrom)
            {
                upcomingPicked.Add(x, x.Order, shownAlways);
            }

            if (x.First > lastDay && x.First <= upcomingFrom)
            {
                later++;
            }

            if (x.Last < firstDay)
            {
                earlierPicked.Add(x, -x.Order, false);
            }
        }

        var inPeriod = inPeriodPicked.Shown();
        var upcoming = upcomingPicked.Shown();
        var (inPeriodNotShown, upcomingNotShown, earlierCount) = (inPeriodPicked.Total - inPeriod.Count, upcomingPicked.Total - upcoming.Count, earlierPicked.Total);
        var shownEarlier = earlierPicked.Shown().Concat(undated).ToList();
        return new EventFacts(
            inPeriod.Select(Entry).ToList(),
            upcoming.Select(Entry).ToList(),
            shownEarlier.Select(Entry).ToList(),
            Math.Max(0, earlierCount - MaxEarlierEvents),
            later)
        {
            InPeriodNotShown = inPeriodNotShown,
            UpcomingNotShown = upcomingNotShown,
        };
    }

    private DateOnly UpcomingFrom(Month period) => period.LastDay > dataset.AsOf ? period.LastDay : dataset.AsOf;

    private PartnerEntry PartnerEntryOf(Partnership partnership, Place home, Month period, SourceRegistry sources)
    {
        var partner = dataset.FindPlace(partnership.PartnerOf(home.Id))!;
        var people = partnership.People
            .Select(p => L.Format("person", ("name", Names.Translated(p.Name, p.Translations, "name")), ("role", Names.Source(p.Role, p.Translations, "role")), ("capacity", L.Term("capacity", p.Capacity).ToLowerInvariant()), ("place", NameOf(p.PlaceId)), ("source", sources.Cite(p.SourceId).ToString())))
            .ToList();
        if (partnership.People.Count > 0 && partnership.People.All(p => p.Capacity != "signatory"))
        {
            people.Add(L.Text("person.no-signatories"));
        }

        var stage = partnership.StageAsOf(period.LastDay);
        return new PartnerEntry(
            PlaceNameOf(partner),
            partnership.Id,
            Names.Source(partnership.Title, partnership.Translations, "title"),
            StageIn(partnership, period),
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
            yield return new TimelineEntry(partner, step.Date.Date is { } d ? L.Date(d) : L.Text("date.not-stated"), L.Term("stage", step.Stage), new SourceRef(0, step.SourceId));
        }
    }

    /// <summary>
    /// A partnership's stage in the brief's month, or that it was not yet established then: every list of a brief
    /// (page 1, partners table, comparison, the other partners' line) speaks of the same month.
    /// </summary>
    private string StageIn(Partnership partnership, Month period) => partnership.StageAsOf(period.LastDay) is { } stage
        ? L.Term("stage", stage.Stage)
        : L.Format("stage.not-yet", ("period", L.Month(period)));

    private string? OtherPartnersLine(Place home, Partnership subject, Month period)
    {
        // Only the first few are named: taken one by one from the index, not listed (a city may have 5,000). The
        // subject is one of the home place's partnerships, so the others are one fewer.
        var ofHome = dataset.ByPlace.Partnerships;
        var named = ofHome.PositionsOf(home.Id).Select(ofHome.At).Where(p => p.Id != subject.Id).Take(MaxOtherPartnersNamed).ToList();
        var othersCount = ofHome.CountOf(home.Id) - 1;
        return othersCount == 0
            ? L.Format("partners.no-other", ("home", Name(home)))
            : L.Format(
                "partners.other",
                ("home", Name(home)),
                ("partners", string.Join(L.Text("list.separator"), named.Select(p => L.Format("partners.other.entry", ("partner", NameOf(p.PartnerOf(home.Id))), ("stage", Language.InSentence(StageIn(p, period), NotAName)))))))
                + (othersCount > MaxOtherPartnersNamed ? L.Format("partners.other.more", ("count", Formats.Count(othersCount - MaxOtherPartnersNamed, L)), ("home", Name(home))) : L.Text("punct.end"));
    }

    private List<PartnerComparisonRow> Comparison(Place home, IReadOnlyList<Partnership> partnerships, IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, Month period)
    {
        // The pair flows of each place, in flow order: one pass, not one pass over every flow per partner.
        var flowsOf = new Dictionary<string, List<TradeAnalysis.Flow>>(StringComparer.Ordinal);
        foreach (var flow in flows.Where(f => f.Scope == FactScope.Partnership))
        {
            foreach (var placeId in new[] { flow.ReporterId, flow.Figures[0].CounterpartId }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!flowsOf.TryGetValue(placeId, out var list))
                {
                    list = [];
                    flowsOf[placeId] = list;
                }

                list.Add(flow);
            }
        }

        return partnerships.Select(p =>
        {
            var partnerId = p.PartnerOf(home.Id);
            var inForce = p.Sectors.Where(s => SectorTally.InForce(SectorTally.GroupOf(s))).Select(s => Names.Term("sector", s.Sector, s.Other)).Distinct().ToList();
            var latest = flowsOf.GetValueOrDefault(partnerId, [])
                .Select(f => trade.LatestWithChange(f).Latest is { } y ? L.Format("compare.trade", ("amount", trade.Describe(y, f.Currency)), ("reporter", f.Reporter)) : null)
                .OfType<string>()
                .ToList();
            return new PartnerComparisonRow(
                PlaceNameOf(dataset.FindPlace(partnerId)!),
                StageIn(p, period),
                p.StageAsOf(period.LastDay) is { } stage ? Describe(stage.Since) : Describe(p.Since),
                inForce.Count == 0 ? L.Text("compare.none-in-force") : string.Join(L.Text("list.separator"), inForce),
                latest.Count == 0 ? L.Text("figure.not-recorded") : string.Join(L.Text("list.clauses"), latest));
        }).ToList();
    }

    private BriefingSnapshot Snapshot(
        Month period, IReadOnlyList<Partnership> partnerships, Place home, List<SectorEntry> sectors,
        IReadOnlyList<TradeAnalysis.Flow> flows, TradeAnalysis trade, List<InstitutionEntry> institutions,
        List<ConnectionEntry> connections, EventFacts events, List<NextStepEntry> nextSteps, SourceRegistry sources, IReadOnlyList<string> cutKinds)
    {
        var items = new List<SnapshotItem>();
        foreach (var p in partnerships)
        {
            var stage = p.StageAsOf(period.LastDay);
            items.Add(new SnapshotItem("stage", p.Id, L.Format("snapshot.stage", ("partner", NameOf(p.PartnerOf(home.Id)))), stage is { } s ? L.Term("stage", s.Stage).ToLowerInvariant() : L.Text("snapshot.not-established")));
        }

        items.AddRange(sectors.Select(s => new SnapshotItem("sector", $"{s.Partner}|{s.Sector}", L.Format("snapshot.sector", ("sector", s.Sector), ("partner", s.Partner)), s.Status.ToLowerInvariant())));
        foreach (var flow in flows)
        {
            items.AddRange(trade.Years(flow).Select(y => new SnapshotItem("figure", $"{flow.Key}|{y.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}", L.Format("snapshot.figure", ("flow", flow.Name), ("covers", trade.LowerLabel(y.Label))), Formats.Money(y.Value, flow.Currency, L))));
        }

        items.AddRange(institutions.Select(i => new SnapshotItem("institution", i.Name, i.Name, "", i.Scope != FactScope.Partnership)));
        items.AddRange(connections.Select(c => new SnapshotItem("connection", $"{c.Kind}|{c.Places}", L.Format("snapshot.connection", ("kind", c.Kind.ToLowerInvariant()), ("places", c.Places), ("status", c.Status.ToLowerInvariant())), "", c.Scope != FactScope.Partnership)));
        items.AddRange(events.InPeriod.Concat(events.Upcoming).Concat(events.Earlier).Select(e => new SnapshotItem("event", e.Name, L.Format("snapshot.event", ("name", e.Name), ("when", e.When)), "", e.Scope != FactScope.Partnership)));
        items.AddRange(nextSteps.Select(n => new SnapshotItem("next-step", n.Text, n.Text, "")));
        items.AddRange(sources.Entries().Select(s => new SnapshotItem("source", s.Id, s.Citation.Length > 120 ? s.Citation[..120] + "…" : s.Citation, "")));
        return new BriefingSnapshot(period.ToString(), items, cutKinds.Count == 0 ? null : cutKinds);
    }

    private string SinceText(DatedFact since) =>
        since.Date is { } d
            ? L.Format("since.date", ("date", L.Date(d)))
            : since.Note is null ? L.Text("since.not-stated") : L.Format("since.not-stated-because", ("note", Language.InSentence(Names.Source(since.Note, since.NoteTranslations, Translations.NoteField).TrimEnd('.', '。'), Names.StartsWithName)));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // A glossary's stage label opens with no name.
    private static bool NotAName(string text) => false;

    /// <summary>"no institution", "1 institution", "2 institutions": zero in words, as the sections say it.</summary>
    private string Counted(int count, string key) => count == 0 ? L.Text(key + ".none") : L.Count(key, count);

    private string NameOf(string placeId) => dataset.FindPlace(placeId) is { } place ? Name(place) : placeId;

    /// <summary>The place's name in the brief's language (see <see cref="PlaceNames"/>).</summary>
    private string Name(Place place) => Names.Of(place);

    private PlaceName PlaceNameOf(Place p) =>
        new(p.Id, Names.Of(p), p.NativeName, L.Country(p.Country), Names.RegionOf(p), p.NativeRegion, L.Term("place-kind", p.Kind));

    private string Describe(DatedFact fact) =>
        fact.Date is { } d
            ? L.Date(d) + L.Text("punct.end")
            : fact.Note is null ? L.Text("date.not-stated") + L.Text("punct.end") : L.Format("date.not-stated-because", ("note", L.AfterColon(Names.Source(fact.Note, fact.NoteTranslations, Translations.NoteField), Names.StartsWithName)));

    /// <summary>An event of a brief with its scope and its days.</summary>
    private readonly record struct DatedEvent(CooperationEvent Event, FactScope? Scope, EventDays Days)
    {
        public bool IsDated => Event.Start is not null;

        public DateOnly First => Days.First;

        public DateOnly Last => Days.Last;

        public long Order => Days.Order;
    }

    /// <summary>
    /// An event's first and last day and its place in date order (<see cref="OrderOf"/>), worked out once per
    /// dataset: a partial date's days are computed, not stored, and each brief of a city with 5,000 partners passes
    /// over its 10,000 events (that was a tenth of a batch's CPU).
    /// </summary>
    private sealed record EventDays(DateOnly First, DateOnly Last, long Order)
    {
        public static EventDays Of(CooperationEvent e) => e.Start is { } start
            ? new(start.Start, (e.End ?? start).End, OrderOf(start))
            : new(default, default, 0);
    }
}
