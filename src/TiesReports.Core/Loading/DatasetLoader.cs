using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Core.Loading;

/// <summary>
/// The one loader every entry point uses. Each file is checked on its own, then references are resolved
/// across the files that passed; a file with any error is skipped whole, and the others still load.
/// </summary>
public sealed class DatasetLoader(LoaderOptions? options = null)
{
    private readonly LoaderOptions _options = options ?? new LoaderOptions();

    /// <summary>Data files are *.json, except JSON Schemas and briefing models the CLI writes beside its PDFs.</summary>
    public static bool IsDataFileName(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(BriefingModelSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the CLI names a briefing model beside its PDF, so that a data folder used as output stays loadable.</summary>
    public const string BriefingModelSuffix = ".briefing.json";

    public async Task<LoadResult> LoadAsync(IReportStore store, CancellationToken cancellationToken)
    {
        var files = new List<(string Name, ReadOnlyMemory<byte> Content)>();
        var errors = new List<DataError>();
        var listing = await store.ListAsync(StoreArea.Data, prefix: null, cancellationToken);
        foreach (var item in listing.Where(i => IsDataFileName(i.Name)).OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            if (item.Size > _options.MaxFileBytes)
            {
                errors.Add(new DataError(store.Describe(StoreArea.Data, item.Name), "$", $"file is {item.Size:N0} bytes; at most {_options.MaxFileBytes:N0} are read"));
                continue;
            }

            var stored = await store.ReadAsync(StoreArea.Data, item.Name, cancellationToken);
            if (stored is not null)
            {
                files.Add((store.Describe(StoreArea.Data, item.Name), stored.Content));
            }
        }

        var result = Load(files);
        return errors.Count == 0
            ? result
            : result with { Errors = [.. errors, .. result.Errors], RejectedFiles = [.. errors.Select(e => e.File), .. result.RejectedFiles] };
    }

    /// <summary>Loads files already in memory; names are what errors will call them.</summary>
    public LoadResult Load(IEnumerable<(string Name, ReadOnlyMemory<byte> Content)> files)
    {
        var errors = new List<DataError>();
        var parsed = new List<ParsedFile>();
        var rejected = new List<string>();
        foreach (var (name, content) in files)
        {
            if (content.Length > _options.MaxFileBytes)
            {
                errors.Add(new DataError(name, "$", $"file is {content.Length:N0} bytes; at most {_options.MaxFileBytes:N0} are read"));
                rejected.Add(name);
                continue;
            }

            var (file, fileErrors) = DatasetFileParser.Parse(name, content);
            if (file is null)
            {
                errors.AddRange(fileErrors);
                rejected.Add(name);
            }
            else
            {
                parsed.Add(file);
            }
        }

        // A file whose references only resolve through a file it clashes with (same ids) is the one to drop:
        // that way a broken copy of a valid file never takes the valid file down with it.
        var accepted = RejectUnresolvedReferences(parsed, parsed, errors, rejected, ignoreClashing: true);
        accepted = RejectCrossFileDuplicates(accepted, errors, rejected);
        accepted = RejectUnresolvedReferences(accepted, parsed, errors, rejected, ignoreClashing: false);
        return new LoadResult(Merge(accepted), errors, accepted.Select(f => f.Content.Name).ToList(), rejected);
    }

    private static List<ParsedFile> RejectCrossFileDuplicates(List<ParsedFile> parsed, List<DataError> errors, List<string> rejected)
    {
        var owners = new Dictionary<(string, string), (string File, string Path)>();
        var accepted = new List<ParsedFile>();
        foreach (var file in parsed)
        {
            var clashes = file.Declared
                .Where(d => d.Collection != "dataset" && owners.ContainsKey((d.Collection, d.Id)))
                .Select(d => new DataError(file.Content.Name, d.Path, $"duplicate id '{d.Id}' in {d.Collection}; already declared in {owners[(d.Collection, d.Id)].File} at {owners[(d.Collection, d.Id)].Path}"))
                .ToList();
            if (clashes.Count > 0)
            {
                errors.AddRange(clashes);
                rejected.Add(file.Content.Name);
                continue;
            }

            foreach (var d in file.Declared)
            {
                owners[(d.Collection, d.Id)] = (file.Content.Name, d.Path);
            }

            accepted.Add(file);
        }

        return accepted;
    }

    private static List<ParsedFile> RejectUnresolvedReferences(List<ParsedFile> accepted, List<ParsedFile> all, List<DataError> errors, List<string> rejected, bool ignoreClashing)
    {
        // Dropping a file can strand references in another, so repeat until nothing changes.
        while (true)
        {
            var stillAccepted = new List<ParsedFile>();
            foreach (var file in accepted)
            {
                var visible = accepted.Where(other => other == file || !ignoreClashing || !Clashes(file, other)).ToList();
                var sources = visible.SelectMany(f => f.Content.Sources).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                var places = visible.SelectMany(f => f.Content.Places).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                var unresolved = file.References
                    .Where(r => !(r.Kind == ReferenceKind.Source ? sources : places).Contains(r.Id))
                    .Select(r => new DataError(file.Content.Name, r.Path, DescribeMissing(r, file, all, accepted)))
                    .ToList();
                if (unresolved.Count > 0)
                {
                    errors.AddRange(unresolved);
                    rejected.Add(file.Content.Name);
                }
                else
                {
                    stillAccepted.Add(file);
                }
            }

            if (stillAccepted.Count == accepted.Count)
            {
                return stillAccepted;
            }

            accepted = stillAccepted;
        }
    }

    private static bool Clashes(ParsedFile a, ParsedFile b) =>
        a.Declared.Where(d => d.Collection != "dataset").Select(d => (d.Collection, d.Id))
            .Intersect(b.Declared.Where(d => d.Collection != "dataset").Select(d => (d.Collection, d.Id)))
            .Any();

    private static string DescribeMissing(PendingReference reference, ParsedFile file, List<ParsedFile> all, List<ParsedFile> accepted)
    {
        var kind = reference.Kind == ReferenceKind.Source ? "source" : "place";
        var collection = reference.Kind == ReferenceKind.Source ? "sources" : "places";
        var elsewhere = all.FirstOrDefault(f => f != file && f.Declared.Any(d => d.Collection == collection && d.Id == reference.Id));
        if (elsewhere is null)
        {
            return $"refers to {kind} '{reference.Id}', which no valid data file declares";
        }

        return accepted.Contains(elsewhere)
            ? $"refers to {kind} '{reference.Id}', declared in {elsewhere.Content.Name}, which declares some of the same ids as this file"
            : $"refers to {kind} '{reference.Id}', declared in {elsewhere.Content.Name}, which was rejected";
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
}
