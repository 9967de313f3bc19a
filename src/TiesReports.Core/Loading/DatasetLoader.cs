using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Core.Loading;

/// <summary>
/// The one loader every entry point uses. Each file is checked on its own, then references are resolved
/// across the files that passed; a file with any error is skipped whole, and the others still load.
/// Sizes come from the store's listing, so an oversized file is refused before a byte of it is read, and
/// each file's parse is kept by name and ETag, so a change to one file re-parses that file only.
/// </summary>
public sealed class DatasetLoader(LoaderOptions? options = null)
{
    private readonly LoaderOptions _options = options ?? new LoaderOptions();
    private readonly Lock _cacheLock = new();

    // Keyed by the store's description of the file (so two stores never share an entry); holds the current
    // listing's files only, so it cannot grow beyond the dataset.
    private Dictionary<string, CachedParse> _parsed = new(StringComparer.Ordinal);
    private long _parseCount;

    /// <summary>How many files this loader has parsed (not taken from its cache); for diagnostics and tests.</summary>
    public long ParseCount => Interlocked.Read(ref _parseCount);

    /// <summary>Data files are *.json, except JSON Schemas and briefing models the CLI writes beside its PDFs.</summary>
    public static bool IsDataFileName(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(BriefingModelSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the CLI names a briefing model beside its PDF, so that a data folder used as output stays loadable.</summary>
    public const string BriefingModelSuffix = ".briefing.json";

    public async Task<LoadResult> LoadAsync(IReportStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        Dictionary<string, CachedParse> previous;
        lock (_cacheLock)
        {
            previous = _parsed;
        }

        var current = new Dictionary<string, CachedParse>(StringComparer.Ordinal);
        var pool = new TextPool();
        var outcomes = new List<FileParse>();
        var sizeErrors = new List<DataError>();
        var listing = await store.ListAsync(StoreArea.Data, prefix: null, cancellationToken);
        foreach (var item in listing.Where(i => IsDataFileName(i.Name)).OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            var described = store.Describe(StoreArea.Data, item.Name);
            if (item.Size > _options.MaxFileBytes)
            {
                sizeErrors.Add(TooLarge(described, item.Size));
                continue;
            }

            if (previous.TryGetValue(described, out var cached) && cached.ETag == item.ETag)
            {
                current[described] = cached;
                outcomes.Add(cached.Parse);
                continue;
            }

            StoredObject? stored;
            try
            {
                stored = await store.ReadAsync(StoreArea.Data, item.Name, _options.MaxFileBytes, cancellationToken);
            }
            catch (StoredObjectTooLargeException ex)
            {
                // It grew between the listing and the read.
                sizeErrors.Add(TooLarge(described, ex.Size));
                continue;
            }

            if (stored is not null)
            {
                var parse = Parse(described, stored.Content, pool);
                current[described] = new CachedParse(stored.Info.ETag, parse);
                outcomes.Add(parse);
            }
        }

        lock (_cacheLock)
        {
            _parsed = _options.KeepParses ? current : new Dictionary<string, CachedParse>(StringComparer.Ordinal);
        }

        var result = Check(outcomes);
        if (sizeErrors.Count > 0)
        {
            result = result with { Errors = [.. sizeErrors, .. result.Errors], RejectedFiles = [.. sizeErrors.Select(e => e.File), .. result.RejectedFiles] };
        }

        // The caller's code after its await runs on this stack, inside this call, when the task completes here:
        // in the CLI that is a whole brief. Measured (dotnet-dump gcroot), this frame's slots and this method's
        // lists then kept every file's parse alive through it (60 MB for 100,000 partnerships). So the lists are
        // emptied, and the task completes after a hop, from a fresh frame that holds only the result.
        outcomes.Clear();
        if (!_options.KeepParses)
        {
            current.Clear();
        }

        await Task.Yield();
        return result;
    }

    /// <summary>Loads files already in memory; names are what errors will call them.</summary>
    public LoadResult Load(IEnumerable<(string Name, ReadOnlyMemory<byte> Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pool = new TextPool();
        return Check(files.Select(f => f.Content.Length > _options.MaxFileBytes
            ? new FileParse(f.Name, null, [TooLarge(f.Name, f.Content.Length)])
            : Parse(f.Name, f.Content, pool)).ToList());
    }

    /// <param name="pool">Shared by the files of one load, so that an id all of them name is held once.</param>
    private FileParse Parse(string name, ReadOnlyMemory<byte> content, TextPool pool)
    {
        Interlocked.Increment(ref _parseCount);
        var (file, errors) = DatasetFileParser.Parse(name, content, _options.Coverage, pool);
        return new FileParse(name, file, errors);
    }

    private DataError TooLarge(string name, long size) =>
        new(name, "$", $"file is {size:N0} bytes; at most {_options.MaxFileBytes:N0} are read");

    private static LoadResult Check(List<FileParse> outcomes)
    {
        var errors = new List<DataError>();
        var rejected = new List<string>();
        var parsed = new List<ParsedFile>();
        foreach (var outcome in outcomes)
        {
            if (outcome.File is null)
            {
                errors.AddRange(outcome.Errors);
                rejected.Add(outcome.Name);
            }
            else
            {
                parsed.Add(outcome.File);
            }
        }

        var accepted = new CrossFileChecks(parsed, errors, rejected).Run();
        return new LoadResult(Merge(accepted), errors, accepted.Select(f => f.Content.Name).ToList(), rejected);
    }

    private static Dataset Merge(List<ParsedFile> accepted)
    {
        var files = accepted.Select(f => f.Content).ToList();
        var partnershipFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var partnership in file.Partnerships)
            {
                partnershipFiles[partnership.Id] = file.Name;
            }
        }

        return new Dataset(
            files.Select(f => f.Info).ToList(),
            files.SelectMany(f => f.Sources).ToList(),
            files.SelectMany(f => f.Places).ToList(),
            files.SelectMany(f => f.Partnerships).ToList(),
            files.SelectMany(f => f.Trade).ToList(),
            files.SelectMany(f => f.Enterprises).ToList(),
            files.SelectMany(f => f.Institutions).ToList(),
            files.SelectMany(f => f.Connections).ToList(),
            files.SelectMany(f => f.Events).ToList(),
            partnershipFiles);
    }

    /// <summary>One file's parse: the file when it passed its own checks, else its errors.</summary>
    private sealed record FileParse(string Name, ParsedFile? File, IReadOnlyList<DataError> Errors);

    private sealed record CachedParse(string ETag, FileParse Parse);
}
