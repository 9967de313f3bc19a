using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Briefs.Services;

/// <summary>
/// The one path every entry point takes: store → loader → briefing builder → renderer → store. A brief is
/// rendered at most once per set of inputs: concurrent requests share one rendering, and a stored brief
/// whose input hash matches is served as it is.
/// </summary>
public sealed class BriefService(IReportStore store, DatasetLoader loader, ILogger<BriefService>? logger = null)
{
    /// <summary>The most briefs one page of a listing may hold.</summary>
    public const int MaxPageSize = 100;

    private const int MaxWriteAttempts = 4;

    private readonly ILogger _logger = logger ?? NullLogger<BriefService>.Instance;
    private readonly ConcurrentDictionary<string, Lazy<Task<BriefOutcome>>> _inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    // One reference, swapped whole: readers never see a signature paired with another load's result.
    private volatile LoadedData? _cache;

    private long _renders;

    public IReportStore Store => store;

    /// <summary>How many briefs this instance has rendered (not served from storage); for diagnostics and tests.</summary>
    public long RenderCount => Interlocked.Read(ref _renders);

    /// <summary>Loads the data, reusing the last result while no data file changed (same names and ETags).</summary>
    public async Task<LoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        using var activity = BriefTelemetry.Source.StartActivity("brief.load");
        var listing = await store.ListAsync(StoreArea.Data, prefix: null, cancellationToken);
        var signature = string.Join('|', listing.Select(i => $"{i.Name}:{i.ETag}:{i.Size}"));
        if (_cache is { } cached && cached.Signature == signature)
        {
            activity?.SetTag("tiesreports.data.cached", true);
            return cached.Result;
        }

        await _loadGate.WaitAsync(cancellationToken);
        try
        {
            if (_cache is { } again && again.Signature == signature)
            {
                return again.Result;
            }

            activity?.SetTag("tiesreports.data.cached", false);
            var result = await loader.LoadAsync(store, cancellationToken);
            foreach (var error in result.Errors)
            {
                _logger.LogWarning("Invalid data: {Error}", error.ToString());
            }

            _cache = new LoadedData(signature, result);
            return result;
        }
        finally
        {
            _loadGate.Release();
        }
    }

    /// <summary>Builds the briefing for a request; throws when the subject is unknown or its data is invalid.</summary>
    public async Task<Briefing> BuildAsync(BriefRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await LoadAsync(cancellationToken);
        var previous = request.Previous ?? await ReadPreviousAsync(request.SubjectId, request.Period, request.LanguageOrDefault, cancellationToken);
        return Build(loaded, request with { Previous = previous });
    }

    /// <summary>
    /// The previous month's stored briefing model, in comparable form, or null when there is none or it cannot
    /// be read (a missing or damaged model only means "nothing to compare with", never a failed brief).
    /// </summary>
    public Task<BriefingSnapshot?> ReadPreviousAsync(string subjectId, Month period, CancellationToken cancellationToken) =>
        ReadPreviousAsync(subjectId, period, Language.English, cancellationToken);

    /// <summary>The previous month's model in the same language: "what changed" compares like with like.</summary>
    public async Task<BriefingSnapshot?> ReadPreviousAsync(string subjectId, Month period, Language language, CancellationToken cancellationToken)
    {
        var name = BriefNames.ModelFor(subjectId, period.AddMonths(-1), language);
        var stored = await store.ReadAsync(StoreArea.Briefs, name, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var snapshot = BriefingModel.ReadSnapshot(stored.Content.Span);
        if (snapshot is null)
        {
            _logger.LogWarning("Stored briefing model {Name} could not be read; the brief will say there is nothing to compare with", name);
        }

        return snapshot;
    }

    public static Briefing Build(LoadResult loaded, BriefRequest request)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(request);
        using var activity = BriefTelemetry.Source.StartActivity("brief.build");
        try
        {
            return new BriefingBuilder(loaded.Dataset).Build(request);
        }
        catch (BriefSubjectNotFoundException) when (loaded.HasErrors)
        {
            // The subject may live in a file that was rejected: say that, not "unknown id".
            throw new DataInvalidException(loaded.Errors);
        }
    }

    /// <summary>Returns the stored brief for the request, rendering and storing it when needed.</summary>
    public async Task<BriefOutcome> GetOrCreateAsync(BriefRequest request, BriefWriteMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One span from loading to storing, so a trace shows where a request's time went.
        using var activity = StartBriefActivity(request);
        var outcome = await CreateAsync(await LoadAsync(cancellationToken), request, mode, cancellationToken);
        activity?.SetTag("tiesreports.brief.status", outcome.Status.ToString().ToLowerInvariant());
        return outcome;
    }

    /// <summary>
    /// The same from data already loaded: a batch renders every brief from one load instead of listing the data
    /// again per brief (a listing of N files per brief made a batch of N briefs quadratic).
    /// </summary>
    public async Task<BriefOutcome> GetOrCreateAsync(LoadResult loaded, BriefRequest request, BriefWriteMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(request);
        using var activity = StartBriefActivity(request);
        var outcome = await CreateAsync(loaded, request, mode, cancellationToken);
        activity?.SetTag("tiesreports.brief.status", outcome.Status.ToString().ToLowerInvariant());
        return outcome;
    }

    /// <summary>The PDF bytes of an outcome: those just rendered, or the stored ones.</summary>
    public async Task<ReadOnlyMemory<byte>> ReadContentAsync(BriefOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Content
            ?? (await store.ReadAsync(StoreArea.Briefs, outcome.Name, cancellationToken))?.Content
            ?? throw new StorageUnavailableException("The stored brief vanished while it was being read.");
    }

    /// <summary>Lists stored briefs in one language (a feed links them), optionally for one subject and/or period.</summary>
    public async Task<IReadOnlyList<(string Subject, Month Period, StoredObjectInfo Info)>> ListAsync(string? subjectId, Month? period, Language language, CancellationToken cancellationToken)
    {
        var listing = await store.ListAsync(StoreArea.Briefs, subjectId is null ? null : subjectId + "/", cancellationToken);
        return listing
            .Select(i => BriefNames.TryParse(i.Name, out var s, out var p, out var stored) && stored == language ? (s, p, i) : default)
            .Where(x => x.i is not null && (period is null || x.p == period))
            .ToList();
    }

    /// <summary>
    /// One page of stored briefs, in name order, filtered by subject at the storage (a prefix listing) and by
    /// period on the page. A page holds at most <paramref name="pageSize"/> briefs (each brief's model shares the
    /// listing, so often fewer); only a null token means the end.
    /// </summary>
    public async Task<BriefPage> ListPageAsync(string? subjectId, Month? period, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var prefix = (subjectId, period) switch
        {
            (null, _) => null,
            (_, null) => subjectId + "/",
            _ => BriefNames.PrefixFor(subjectId, period.Value),
        };
        var page = await store.ListPageAsync(StoreArea.Briefs, prefix, pageSize, continuationToken, cancellationToken);
        var briefs = page.Items
            .Select(i => BriefNames.TryParse(i.Name, out var s, out var p, out var language) && (period is null || p == period) ? new StoredBrief(s, p, i) { Language = language } : null)
            .OfType<StoredBrief>()
            .ToList();
        return new BriefPage(briefs, page.ContinuationToken);
    }

    private async Task<BriefOutcome> StoreThenForgetAsync(string key, Briefing briefing, string name, string hash, BriefWriteMode mode)
    {
        try
        {
            return await StoreAsync(briefing, name, hash, mode, CancellationToken.None);
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    private async Task<BriefOutcome> StoreAsync(Briefing briefing, string name, string hash, BriefWriteMode mode, CancellationToken cancellationToken)
    {
        byte[]? rendered = null;
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var existing = await store.GetInfoAsync(StoreArea.Briefs, name, cancellationToken);
            if (existing is not null && (mode == BriefWriteMode.KeepExisting || existing.Metadata.GetValueOrDefault(BriefMetadata.InputHash) == hash))
            {
                var status = existing.Metadata.GetValueOrDefault(BriefMetadata.InputHash) == hash ? BriefStatus.Cached : BriefStatus.Kept;
                return new BriefOutcome(status, name, existing, null, existing.Metadata.GetValueOrDefault(BriefMetadata.InputHash) ?? "", briefing.Title);
            }

            if (rendered is null)
            {
                rendered = Render(briefing);
                Interlocked.Increment(ref _renders);

                // The model goes first: a PDF is never stored without the model next month's brief compares with.
                using var storingModel = BriefTelemetry.Source.StartActivity("brief.store")?.SetTag("tiesreports.store.object", "model");
                await store.WriteAsync(StoreArea.Briefs, BriefNames.ModelFor(briefing.SubjectId, briefing.Period, briefing.InLanguage()), BriefingModel.Serialize(briefing), WriteRequest.Json, cancellationToken);
            }

            using var storing = BriefTelemetry.Source.StartActivity("brief.store")?.SetTag("tiesreports.store.object", "pdf");
            var request = new WriteRequest(
                "application/pdf",
                new Dictionary<string, string>
                {
                    [BriefMetadata.InputHash] = hash,
                    [BriefMetadata.Subject] = briefing.SubjectId,
                    [BriefMetadata.Period] = briefing.Period.ToString(),
                    [BriefMetadata.LayoutVersion] = BriefRenderer.LayoutVersion,
                    [BriefMetadata.Language] = briefing.Language,
                },
                existing is null ? WriteCondition.CreateIfAbsent : WriteCondition.IfMatch,
                existing?.ETag);
            var result = await store.WriteAsync(StoreArea.Briefs, name, rendered, request, cancellationToken);
            if (result.Written)
            {
                _logger.LogInformation("Rendered {Brief} ({Bytes} bytes, inputs {Hash})", name, rendered.Length, hash[..12]);
                return new BriefOutcome(BriefStatus.Rendered, name, result.Current!, rendered, hash, briefing.Title);
            }

            // Another writer got there first; look again at what is stored now.
            _logger.LogDebug("Lost a write race for {Brief} (attempt {Attempt})", name, attempt);
        }

        throw new InvalidOperationException($"Could not store {name}: it kept changing under {MaxWriteAttempts} attempts.");
    }

    private static byte[] Render(Briefing briefing)
    {
        using var activity = BriefTelemetry.Source.StartActivity("brief.render");
        var started = Stopwatch.GetTimestamp();
        var pdf = BriefRenderer.Render(briefing);
        BriefTelemetry.RenderDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        BriefTelemetry.PdfSize.Record(pdf.Length);
        activity?.SetTag("tiesreports.brief.bytes", pdf.Length);
        return pdf;
    }

    private sealed record LoadedData(string Signature, LoadResult Result);

    private static System.Diagnostics.Activity? StartBriefActivity(BriefRequest request)
    {
        var activity = BriefTelemetry.Source.StartActivity("brief");
        activity?.SetTag("tiesreports.brief.subject", request.SubjectId);
        activity?.SetTag("tiesreports.brief.period", request.Period.ToString());
        activity?.SetTag("tiesreports.brief.language", request.LanguageOrDefault.Tag);
        return activity;
    }

    private async Task<BriefOutcome> CreateAsync(LoadResult loaded, BriefRequest request, BriefWriteMode mode, CancellationToken cancellationToken)
    {
        var previous = request.Previous ?? await ReadPreviousAsync(request.SubjectId, request.Period, request.LanguageOrDefault, cancellationToken);
        var briefing = Build(loaded, request with { Previous = previous });
        var name = BriefNames.For(request.SubjectId, request.Period, request.LanguageOrDefault);
        var hash = BriefRenderer.InputHash(briefing);
        var key = $"{name}#{hash}#{mode}";

        // Concurrent requests for the same brief and inputs wait for one rendering. The rendering leaves the
        // map when it ends, however it ends, even when every waiter gave up before.
        var work = _inFlight.GetOrAdd(key, k => new Lazy<Task<BriefOutcome>>(() => StoreThenForgetAsync(k, briefing, name, hash, mode)));
        return await work.Value.WaitAsync(cancellationToken);
    }
}
