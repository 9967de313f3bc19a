namespace TiesReports.Core.Loading;

/// <summary>
/// The checks that span files — duplicate ids and references — over indexes built once, so that loading grows
/// with the number of ids and references, not with the number of files squared.
/// </summary>
internal sealed class CrossFileChecks
{
    private readonly List<ParsedFile> _all;
    private readonly List<DataError> _errors;
    private readonly List<string> _rejected;

    // Every file that declares a (collection, id), in file order; "dataset" ids are left out because every file has one.
    private readonly Dictionary<(string Collection, string Id), List<ParsedFile>> _declaredBy = [];

    // What each file declares, to test two files for a clash from the smaller side.
    private readonly Dictionary<ParsedFile, HashSet<(string Collection, string Id)>> _declarations = new(ReferenceEqualityComparer.Instance);

    // Which files refer to a source or place id, to recheck only those when a declaring file is dropped.
    private readonly Dictionary<(string Collection, string Id), List<ParsedFile>> _referencedBy = [];

    public CrossFileChecks(List<ParsedFile> parsed, List<DataError> errors, List<string> rejected)
    {
        _all = parsed;
        _errors = errors;
        _rejected = rejected;
        foreach (var file in parsed)
        {
            var own = new HashSet<(string, string)>();
            foreach (var d in file.Declared)
            {
                if (d.Collection != "dataset" && own.Add((d.Collection, d.Id)))
                {
                    ListFor(_declaredBy, (d.Collection, d.Id)).Add(file);
                }
            }

            _declarations[file] = own;
            foreach (var key in file.References.Select(r => (CollectionOf(r.Kind), r.Id)).Distinct())
            {
                ListFor(_referencedBy, key).Add(file);
            }
        }
    }

    /// <summary>The files that pass every cross-file check, in their original order.</summary>
    public List<ParsedFile> Run()
    {
        // A file whose references only resolve through a file it clashes with (same ids) is the one to drop:
        // that way a broken copy of a valid file never takes the valid file down with it.
        var accepted = new HashSet<ParsedFile>(_all, ReferenceEqualityComparer.Instance);
        RejectUnresolvedReferences(accepted, ignoreClashing: true);
        RejectDuplicates(accepted);
        RejectUnresolvedReferences(accepted, ignoreClashing: false);
        return _all.Where(accepted.Contains).ToList();
    }

    private void RejectDuplicates(HashSet<ParsedFile> accepted)
    {
        var owners = new Dictionary<(string, string), (string File, JsonPath Path)>();
        foreach (var file in _all.Where(accepted.Contains))
        {
            var clashes = file.Declared
                .Where(d => d.Collection != "dataset" && owners.ContainsKey((d.Collection, d.Id)))
                .Select(d => new DataError(file.Content.Name, d.Path.ToString(), $"duplicate id '{d.Id}' in {d.Collection}; already declared in {owners[(d.Collection, d.Id)].File} at {owners[(d.Collection, d.Id)].Path}"))
                .ToList();
            if (clashes.Count > 0)
            {
                Reject(file, clashes, accepted);
                continue;
            }

            foreach (var d in file.Declared)
            {
                owners[(d.Collection, d.Id)] = (file.Content.Name, d.Path);
            }
        }
    }

    private void RejectUnresolvedReferences(HashSet<ParsedFile> accepted, bool ignoreClashing)
    {
        // Dropping a file can strand references in another: a work list rechecks only the files that referred
        // to something the dropped file declared, until nothing changes.
        var queued = new HashSet<ParsedFile>(_all.Where(accepted.Contains), ReferenceEqualityComparer.Instance);
        var work = new Queue<ParsedFile>(_all.Where(accepted.Contains));
        while (work.TryDequeue(out var file))
        {
            queued.Remove(file);
            if (!accepted.Contains(file))
            {
                continue;
            }

            // A file refers to the same few ids many times: decide each id once.
            var verdicts = new Dictionary<(ReferenceKind, string), bool>();
            var unresolved = new List<DataError>();
            foreach (var reference in file.References)
            {
                if (!verdicts.TryGetValue((reference.Kind, reference.Id), out var resolves))
                {
                    resolves = Resolves(file, reference, accepted, ignoreClashing);
                    verdicts[(reference.Kind, reference.Id)] = resolves;
                }

                if (!resolves)
                {
                    unresolved.Add(new DataError(file.Content.Name, reference.Path.ToString(), DescribeMissing(reference, file, accepted)));
                }
            }

            if (unresolved.Count == 0)
            {
                continue;
            }

            Reject(file, unresolved, accepted);
            foreach (var declared in _declarations[file])
            {
                foreach (var dependent in _referencedBy.GetValueOrDefault(declared) ?? [])
                {
                    if (accepted.Contains(dependent) && queued.Add(dependent))
                    {
                        work.Enqueue(dependent);
                    }
                }
            }
        }
    }

    private bool Resolves(ParsedFile file, PendingReference reference, HashSet<ParsedFile> accepted, bool ignoreClashing)
    {
        var declaring = _declaredBy.GetValueOrDefault((CollectionOf(reference.Kind), reference.Id));
        return declaring is not null && declaring.Any(other =>
            accepted.Contains(other) && (ReferenceEquals(other, file) || !ignoreClashing || !Clashes(file, other)));
    }

    private bool Clashes(ParsedFile a, ParsedFile b)
    {
        // Overlaps walks its argument: hand it the smaller set.
        var (small, large) = _declarations[a].Count <= _declarations[b].Count
            ? (_declarations[a], _declarations[b])
            : (_declarations[b], _declarations[a]);
        return large.Overlaps(small);
    }

    private string DescribeMissing(PendingReference reference, ParsedFile file, HashSet<ParsedFile> accepted)
    {
        var kind = reference.Kind == ReferenceKind.Source ? "source" : "place";
        var elsewhere = _declaredBy.GetValueOrDefault((CollectionOf(reference.Kind), reference.Id))?.FirstOrDefault(f => !ReferenceEquals(f, file));
        if (elsewhere is null)
        {
            return $"refers to {kind} '{reference.Id}', which no valid data file declares";
        }

        return accepted.Contains(elsewhere)
            ? $"refers to {kind} '{reference.Id}', declared in {elsewhere.Content.Name}, which declares some of the same ids as this file"
            : $"refers to {kind} '{reference.Id}', declared in {elsewhere.Content.Name}, which was rejected";
    }

    private void Reject(ParsedFile file, List<DataError> reasons, HashSet<ParsedFile> accepted)
    {
        _errors.AddRange(reasons);
        _rejected.Add(file.Content.Name);
        accepted.Remove(file);
    }

    private static string CollectionOf(ReferenceKind kind) => kind == ReferenceKind.Source ? "sources" : "places";

    private static List<ParsedFile> ListFor(Dictionary<(string, string), List<ParsedFile>> index, (string, string) key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        return list;
    }
}
