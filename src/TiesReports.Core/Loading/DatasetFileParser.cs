using System.Text.Json;
using TiesReports.Core.Model;

namespace TiesReports.Core.Loading;

/// <summary>
/// Parses one data file into records and checks everything that can be checked within the file: syntax,
/// types, required fields, vocabularies, ranges, dates, id safety and duplicate ids.
/// </summary>
internal static class DatasetFileParser
{
    public const decimal MaxMoney = 1_000_000_000_000_000m;
    public const int MaxItemsPerCollection = 200_000;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 32,

        // Strict JSON, as the schema's users and every other JSON tool read it: a comment is an error.
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <param name="pool">The load's shared ids and codes; a file parsed alone gets its own.</param>
    public static (ParsedFile? File, IReadOnlyList<DataError> Errors) Parse(string fileName, ReadOnlyMemory<byte> utf8, ICharacterCoverage? coverage = null, TextPool? pool = null)
    {
        var diagnostics = new FileDiagnostics(fileName, coverage, pool);

        // Editors on Windows write a UTF-8 byte order mark; it is not part of the JSON text (RFC 8259 §8.1).
        if (utf8.Span.StartsWith(Utf8ByteOrderMark))
        {
            utf8 = utf8[Utf8ByteOrderMark.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "$";
            diagnostics.Error(where, $"not valid JSON: {FirstSentence(ex.Message)}");
            return (null, diagnostics.Errors);
        }

        using (document)
        {
            var root = JsonObjectReader.For(document.RootElement, JsonPath.Root, diagnostics);
            if (root is null)
            {
                return (null, diagnostics.Errors);
            }

            var file = ReadFile(fileName, root.Value);
            CheckDuplicates(diagnostics);
            if (diagnostics.Errors.Count > 0 || file is null)
            {
                return (null, diagnostics.Errors);
            }

            return (new ParsedFile(file, diagnostics.References, diagnostics.Declared), []);
        }
    }

    private static DatasetFile? ReadFile(string fileName, JsonObjectReader root)
    {
        root.AllowOnly("dataset", "sources", "places", "partnerships", "trade", "enterprises", "institutions", "connections", "events");
        var info = root.Object("dataset", required: true) is { } d ? ReadInfo(d) : null;
        var sources = root.Array("sources", false, MaxItemsPerCollection, ReadSource);
        var places = root.Array("places", false, MaxItemsPerCollection, ReadPlace);
        var partnerships = root.Array("partnerships", false, MaxItemsPerCollection, ReadPartnership);
        var trade = root.Array("trade", false, MaxItemsPerCollection, ReadTrade);
        var enterprises = root.Array("enterprises", false, MaxItemsPerCollection, ReadEnterprises);
        var institutions = root.Array("institutions", false, MaxItemsPerCollection, ReadInstitution);
        var connections = root.Array("connections", false, MaxItemsPerCollection, ReadConnection);
        var events = root.Array("events", false, MaxItemsPerCollection, ReadEvent);
        return info is null
            ? null
            : new DatasetFile(fileName, info, sources, places, partnerships, trade, enterprises, institutions, connections, events);
    }

    private static DatasetInfo? ReadInfo(JsonObjectReader r)
    {
        r.AllowOnly("id", "title", "asOf", "synthetic", "notes", TranslationReader.Property);
        var id = r.Id("id", "dataset");
        var title = r.String("title", required: true, maxLength: 300);
        var asOf = r.Date("asOf", required: true);
        var synthetic = r.Boolean("synthetic", required: false) ?? false;
        var notes = r.String("notes", required: false);
        var translations = TranslationReader.Read(r, "title", "notes");
        if (asOf is { Precision: not DatePrecision.Day })
        {
            r.Error("asOf", "the as-of date must be a full date (YYYY-MM-DD)");
            return null;
        }

        return id is null || title is null || asOf is null ? null : new DatasetInfo(id, title, asOf.Value.Start, synthetic, notes) { Translations = translations };
    }

    private static Source? ReadSource(JsonObjectReader r)
    {
        r.AllowOnly("id", "publisher", "title", "author", "date", "dateNote", "url", "note", TranslationReader.Property);
        var id = r.Id("id", "sources");
        var publisher = r.String("publisher", required: true, maxLength: 300);
        var title = r.String("title", required: true, maxLength: 500);
        var author = r.String("author", required: false, maxLength: 300);
        var published = r.DatedFact("date", "dateNote");
        var urlText = r.String("url", required: false, maxLength: 2_000);
        var note = r.String("note", required: false);
        var translations = TranslationReader.Read(r, "note");
        Uri? url = null;
        if (urlText is not null && (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || url.Scheme is not ("https" or "http")))
        {
            r.Error("url", $"'{SafeId.Printable(urlText)}' is not an absolute http or https address");
            return null;
        }

        return id is null || publisher is null || title is null ? null : new Source(id, publisher, title, author, published, url, note) { Translations = translations };
    }

    private static Place? ReadPlace(JsonObjectReader r)
    {
        r.AllowOnly("id", "kind", "name", "nativeName", "country", "region", "nativeRegion", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "places");
        var kind = r.Code("kind", Vocabularies.PlaceKinds, required: true);
        var name = r.String("name", required: true, maxLength: 200);
        var nativeName = r.String("nativeName", required: true, maxLength: 200);
        var country = r.Code("country", Vocabularies.Countries, required: true);
        var region = r.String("region", required: false, maxLength: 200);
        var nativeRegion = r.String("nativeRegion", required: false, maxLength: 200);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        var translations = TranslationReader.Read(r, "name", "region");
        return id is null || kind is null || name is null || nativeName is null || country is null || sourceId is null
            ? null
            : new Place(id, kind, name, nativeName, country, region, nativeRegion, sourceId) { Translations = translations };
    }

    private static Partnership? ReadPartnership(JsonObjectReader r)
    {
        r.AllowOnly("id", "title", "placeIds", "stage", "since", "sinceNote", "aims", "people", "sectors", "stageHistory", "nextSteps", "assessment", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "partnerships");
        var title = r.String("title", required: true, maxLength: 300);
        var placeIds = r.References("placeIds", ReferenceKind.Place, required: true, minCount: 2, maxCount: 2);
        var stage = r.Code("stage", Vocabularies.PartnershipStages, required: true);
        var translations = TranslationReader.Read(r, "title", "sinceNote");
        var since = WithNoteTranslations(r.DatedFact("since", "sinceNote"), translations, "sinceNote");
        var aims = r.Array("aims", false, 1_000, ReadAim);
        var people = r.Array("people", false, 1_000, p => ReadPerson(p, placeIds));
        var sectors = r.Array("sectors", false, MaxItemsPerCollection, ReadSector);
        var history = r.Array("stageHistory", false, 100, ReadStageChange);
        var nextSteps = r.Array("nextSteps", false, 100, ReadNextStep);
        var assessment = r.Object("assessment", required: false) is { } a ? ReadAssessment(a) : null;
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return id is null || title is null || placeIds.Count != 2 || stage is null || sourceId is null
            ? null
            : new Partnership(id, title, placeIds, stage, since, aims, people, sectors, sourceId)
            {
                Translations = translations,
                StageHistory = history,
                NextSteps = nextSteps,
                Assessment = assessment,
            };
    }

    private static StageChange? ReadStageChange(JsonObjectReader r)
    {
        r.AllowOnly("stage", "date", "dateNote", "sourceId", TranslationReader.Property);
        var stage = r.Code("stage", Vocabularies.PartnershipStages, required: true);
        var date = WithNoteTranslations(r.DatedFact("date", "dateNote"), TranslationReader.Read(r, "dateNote"), "dateNote");
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return stage is null || sourceId is null ? null : new StageChange(stage, date, sourceId);
    }

    private static NextStep? ReadNextStep(JsonObjectReader r)
    {
        r.AllowOnly("text", "owner", "due", "sourceId", TranslationReader.Property);
        var text = r.String("text", required: true, maxLength: 1_000);
        var owner = r.String("owner", required: false, maxLength: 300);
        var due = r.HasValue("due") ? r.Date("due", required: false) : null;
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return text is null || sourceId is null ? null : new NextStep(text, owner, due, sourceId, TranslationReader.Read(r, "text", "owner"));
    }

    private static Assessment? ReadAssessment(JsonObjectReader r)
    {
        r.AllowOnly("text", "author", "date", "sourceId", TranslationReader.Property);
        var text = r.String("text", required: true, maxLength: 2_000);
        var author = r.String("author", required: true, maxLength: 200);
        var date = r.Date("date", required: true);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return text is null || author is null || date is null || sourceId is null ? null : new Assessment(text, author, date.Value, sourceId, TranslationReader.Read(r, "text"));
    }

    private static Aim? ReadAim(JsonObjectReader r)
    {
        r.AllowOnly("text", "sourceId", TranslationReader.Property);
        var text = r.String("text", required: true, maxLength: 1_000);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return text is null || sourceId is null ? null : new Aim(text, sourceId, TranslationReader.Read(r, "text"));
    }

    private static Person? ReadPerson(JsonObjectReader r, IReadOnlyList<string> partnershipPlaces)
    {
        r.AllowOnly("name", "role", "placeId", "capacity", "sourceId", TranslationReader.Property);
        var name = r.String("name", required: true, maxLength: 200);
        var role = r.String("role", required: true, maxLength: 300);
        var placeId = r.Reference("placeId", ReferenceKind.Place, required: true);
        var capacity = r.Code("capacity", Vocabularies.PersonCapacities, required: true);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        var translations = TranslationReader.Read(r, "name", "role");
        if (placeId is not null && partnershipPlaces.Count == 2 && !partnershipPlaces.Contains(placeId))
        {
            r.Error("placeId", $"'{placeId}' is not one of the partnership's places ({string.Join(", ", partnershipPlaces)})");
            return null;
        }

        return name is null || role is null || placeId is null || capacity is null || sourceId is null
            ? null
            : new Person(name, role, placeId, capacity, sourceId, translations);
    }

    private static SectorCommitment? ReadSector(JsonObjectReader r)
    {
        r.AllowOnly("sector", "label", "labelTranslations", "status", "inInstrument", "notes", "sourceId", TranslationReader.Property);
        var sector = r.Code("sector", Vocabularies.Sectors, required: true);
        var other = ReadOtherLabel(r, "sector", sector, out var labelValid);
        var status = r.Code("status", Vocabularies.SectorStatuses, required: true);
        var inInstrument = r.Boolean("inInstrument", required: false) ?? false;
        var notes = r.String("notes", required: false, maxLength: 1_000);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        var translations = TranslationReader.Read(r, "notes");
        if (inInstrument && status is "proposed" or "aim")
        {
            r.Error("inInstrument", $"a sector named in the signed instrument cannot have status '{status}'; use 'agreed', 'active', 'paused' or 'completed'");
            return null;
        }

        return sector is null || !labelValid || status is null || sourceId is null ? null : new SectorCommitment(sector, status, notes, sourceId, inInstrument, other) { Translations = translations };
    }

    private static TradeFigure? ReadTrade(JsonObjectReader r)
    {
        r.AllowOnly("id", "reporterId", "counterpartId", "counterpartCountry", "counterpartLabel", "period", "periodNote", "value", "currency", "conversions", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "trade");
        var reporterId = r.Reference("reporterId", ReferenceKind.Place, required: true);
        var counterpartId = r.Reference("counterpartId", ReferenceKind.Place, required: false);
        var counterpartCountry = r.Code("counterpartCountry", Vocabularies.Countries, required: false);
        var counterpartLabel = r.String("counterpartLabel", required: false, maxLength: 200);
        var translations = TranslationReader.Read(r, "counterpartLabel", "periodNote");
        var period = ReadPeriod(r);
        if (period is not null && translations?.AsNote("periodNote") is { } periodNotes)
        {
            period = period with { NoteTranslations = periodNotes };
        }

        var value = WithoutNegativeZero(r.Decimal("value", required: true, 0m, MaxMoney));
        var currency = r.Code("currency", Vocabularies.Currencies, required: true);
        var conversions = r.Array("conversions", false, 20, c => ReadConversion(c, value, currency));
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);

        if (r.HasValue("counterpartId") == r.HasValue("counterpartCountry"))
        {
            r.Error("counterpartId", "give either 'counterpartId' (a place) or 'counterpartCountry' (an aggregate of a country's regions), not both or neither");
            return null;
        }

        if (counterpartId is not null && counterpartId == reporterId)
        {
            r.Error("counterpartId", "a place cannot trade with itself");
            return null;
        }

        if (counterpartCountry is not null && counterpartLabel is null)
        {
            r.Error("counterpartLabel", "an aggregate counterpart needs a label, for example \"Russian regions\"");
            return null;
        }

        return id is null || reporterId is null || period is null || value is null || currency is null || sourceId is null
            || (counterpartId is null && counterpartCountry is null)
            ? null
            : new TradeFigure(id, reporterId, counterpartId, counterpartCountry, counterpartLabel ?? counterpartId!, period, value.Value, currency, conversions, sourceId) { Translations = translations };
    }

    private static TradePeriod? ReadPeriod(JsonObjectReader r)
    {
        var text = r.String("period", required: true, maxLength: 20);
        var note = r.String("periodNote", required: false, maxLength: 500);
        if (text is null)
        {
            return null;
        }

        if (text == "unknown")
        {
            if (note is null)
            {
                r.Error("periodNote", "the period is 'unknown', so 'periodNote' must give the stated basis (for example \"'last year' in an undated article\")");
                return null;
            }

            return new TradePeriod(null, note);
        }

        if (!PartialDate.TryParse(text, out var date, out var reason))
        {
            r.Error("period", reason + "; a trade period is YYYY, YYYY-MM or \"unknown\"");
            return null;
        }

        if (date.Precision == DatePrecision.Day)
        {
            r.Error("period", "a trade period is a year (YYYY) or a month (YYYY-MM), not a day");
            return null;
        }

        return new TradePeriod(date, note);
    }

    private static CurrencyConversion? ReadConversion(JsonObjectReader r, decimal? originalValue, string? originalCurrency)
    {
        r.AllowOnly("currency", "value", "rate", "rateDate", "rateDateNote", "note", "sourceId", TranslationReader.Property);
        var currency = r.Code("currency", Vocabularies.Currencies, required: true);
        var value = WithoutNegativeZero(r.Decimal("value", required: true, 0m, MaxMoney));
        var rate = r.Decimal("rate", required: false, 0.000001m, 1_000_000m);
        var translations = TranslationReader.Read(r, "note", "rateDateNote");
        var rateDate = WithNoteTranslations(r.DatedFact("rateDate", "rateDateNote"), translations, "rateDateNote");
        var note = r.String("note", required: false, maxLength: 500);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);

        if (currency is not null && currency == originalCurrency)
        {
            r.Error("currency", $"converts {currency} into itself");
            return null;
        }

        if (rate is null && note is null)
        {
            r.Error("rate", "give the rate used, or a note saying the converted amount was stated by the source");
            return null;
        }

        // Sources round: a converted amount within 2 % of value × rate is consistent.
        if (rate is not null && value is not null && originalValue is > 0
            && Math.Abs(originalValue.Value * rate.Value - value.Value) > 0.02m * value.Value)
        {
            r.Error("value", $"{value} does not match the original amount × rate ({originalValue * rate:0.##})");
            return null;
        }

        return currency is null || value is null || sourceId is null ? null : new CurrencyConversion(currency, value.Value, rate, rateDate, note, sourceId) { Translations = translations };
    }

    private static EnterpriseCount? ReadEnterprises(JsonObjectReader r)
    {
        r.AllowOnly("id", "hostPlaceId", "originCountry", "count", "asOf", "asOfNote", "description", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "enterprises");
        var host = r.Reference("hostPlaceId", ReferenceKind.Place, required: true);
        var origin = r.Code("originCountry", Vocabularies.Countries, required: true);
        var count = r.Integer("count", required: true, 0, 10_000_000);
        var translations = TranslationReader.Read(r, "description", "asOfNote");
        var asOf = WithNoteTranslations(r.DatedFact("asOf", "asOfNote"), translations, "asOfNote");
        var description = r.String("description", required: true, maxLength: 500);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return id is null || host is null || origin is null || count is null || description is null || sourceId is null
            ? null
            : new EnterpriseCount(id, host, origin, count.Value, asOf, description, sourceId, translations);
    }

    private static Institution? ReadInstitution(JsonObjectReader r)
    {
        r.AllowOnly("id", "name", "kind", "label", "labelTranslations", "hostPlaceId", "relatedPlaceIds", "operator", "established", "establishedNote", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "institutions");
        var name = r.String("name", required: true, maxLength: 300);
        var kind = r.Code("kind", Vocabularies.InstitutionKinds, required: true);
        var other = ReadOtherLabel(r, "kind", kind, out var labelValid);
        var host = r.Reference("hostPlaceId", ReferenceKind.Place, required: true);
        var related = r.References("relatedPlaceIds", ReferenceKind.Place, required: false, minCount: 0, maxCount: 100);
        var op = r.String("operator", required: false, maxLength: 300);
        var translations = TranslationReader.Read(r, "name", "operator", "establishedNote");
        var established = WithNoteTranslations(r.DatedFact("established", "establishedNote"), translations, "establishedNote");
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return id is null || name is null || kind is null || !labelValid || host is null || sourceId is null
            ? null
            : new Institution(id, name, kind, host, related, op, established, sourceId, other) { Translations = translations };
    }

    private static Connection? ReadConnection(JsonObjectReader r)
    {
        r.AllowOnly("id", "kind", "label", "labelTranslations", "placeIds", "status", "since", "sinceNote", "description", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "connections");
        var kind = r.Code("kind", Vocabularies.ConnectionKinds, required: true);
        var other = ReadOtherLabel(r, "kind", kind, out var labelValid);
        var places = r.References("placeIds", ReferenceKind.Place, required: true, minCount: 2, maxCount: 10);
        var status = r.Code("status", Vocabularies.ConnectionStatuses, required: true);
        var translations = TranslationReader.Read(r, "description", "sinceNote");
        var since = WithNoteTranslations(r.DatedFact("since", "sinceNote"), translations, "sinceNote");
        var description = r.String("description", required: false, maxLength: 1_000);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        return id is null || kind is null || !labelValid || places.Count < 2 || status is null || sourceId is null
            ? null
            : new Connection(id, kind, places, status, since, description, sourceId, other) { Translations = translations };
    }

    private static CooperationEvent? ReadEvent(JsonObjectReader r)
    {
        r.AllowOnly("id", "name", "kind", "label", "labelTranslations", "placeId", "relatedPlaceIds", "start", "end", "dateNote", "sourceId", TranslationReader.Property);
        var id = r.Id("id", "events");
        var name = r.String("name", required: true, maxLength: 300);
        var kind = r.Code("kind", Vocabularies.EventKinds, required: true);
        var other = ReadOtherLabel(r, "kind", kind, out var labelValid);
        var place = r.Reference("placeId", ReferenceKind.Place, required: true);
        var related = r.References("relatedPlaceIds", ReferenceKind.Place, required: false, minCount: 0, maxCount: 100);
        var start = r.Date("start", required: false);
        var end = r.Date("end", required: false);
        var dateNote = r.String("dateNote", required: false, maxLength: 500);
        var sourceId = r.Reference("sourceId", ReferenceKind.Source, required: true);
        var translations = TranslationReader.Read(r, "name", "dateNote");

        if (start is null && dateNote is null && !r.HasValue("start"))
        {
            r.Error("start", "the start date is missing; give it, or set it to null and say in 'dateNote' why it is unknown");
            return null;
        }

        if (end is not null && start is null)
        {
            r.Error("end", "an end date needs a start date");
            return null;
        }

        if (end is not null && start is not null && end.Value.End < start.Value.Start)
        {
            r.Error("end", $"ends ({end}) before it starts ({start})");
            return null;
        }

        return id is null || name is null || kind is null || !labelValid || place is null || sourceId is null
            ? null
            : new CooperationEvent(id, name, kind, place, related, start, end, dateNote, sourceId, other) { Translations = translations };
    }

    /// <summary>
    /// <c>label</c> (and optional <c>labelTranslations</c>) say what an <c>other</c> code is: required with
    /// <c>other</c>, an error with any other code (whose label is fixed).
    /// </summary>
    private static OtherLabel? ReadOtherLabel(JsonObjectReader r, string codeField, string? code, out bool valid)
    {
        var label = r.String("label", required: false, maxLength: 200);
        var translations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Object("labelTranslations", required: false) is { } t)
        {
            t.AllowOnly([.. OtherLabel.Languages]);
            foreach (var language in OtherLabel.Languages)
            {
                if (t.String(language, required: false, maxLength: 200) is { } text)
                {
                    translations[language] = text;
                }
            }
        }

        valid = true;
        if (code == Vocabulary.OtherCode && label is null)
        {
            r.Error("label", $"'{codeField}' is 'other', so 'label' must say what it is (for example \"Aviation\")");
            valid = false;
        }
        else if (code is not null && code != Vocabulary.OtherCode && (r.Has("label") || r.Has("labelTranslations")))
        {
            r.Error(r.Has("label") ? "label" : "labelTranslations", $"a label is given only with '{codeField}': \"other\"; '{code}' has its own label");
            valid = false;
        }

        return code == Vocabulary.OtherCode && label is not null ? new OtherLabel(label, translations) : null;
    }

    /// <summary>A dated fact with its note's translations; the same fact when there are none (most rows), not a copy.</summary>
    private static DatedFact WithNoteTranslations(DatedFact fact, Translations? translations, string noteField) =>
        translations?.AsNote(noteField) is { } notes ? fact with { NoteTranslations = notes } : fact;

    /// <summary>JSON allows <c>-0</c>; an amount of minus zero is zero, and is printed and compared as such.</summary>
    private static decimal? WithoutNegativeZero(decimal? value) => value == 0m ? 0m : value;

    private static void CheckDuplicates(FileDiagnostics diagnostics)
    {
        // One set of ids per collection, keyed by the id alone (string keys hash fastest); a file of 100,000 rows
        // usually has no duplicate, so the errors are ordered only when there are some: by the first declaration,
        // then in file order, as a grouping by id would give them.
        var declared = diagnostics.Declared;
        var firstOf = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        List<(int First, int Duplicate)>? duplicates = null;
        for (var i = 0; i < declared.Count; i++)
        {
            if (!firstOf.TryGetValue(declared[i].Collection, out var ids))
            {
                ids = new Dictionary<string, int>(StringComparer.Ordinal);
                firstOf[declared[i].Collection] = ids;
            }

            if (!ids.TryAdd(declared[i].Id, i))
            {
                (duplicates ??= []).Add((ids[declared[i].Id], i));
            }
        }

        foreach (var (first, index) in duplicates?.Order() ?? Enumerable.Empty<(int, int)>())
        {
            var duplicate = declared[index];
            diagnostics.Error(duplicate.Location, $"duplicate id '{duplicate.Id}' in {duplicate.Collection}; first declared at {declared[first].Location}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
