namespace TiesReports.Core.Loading;

/// <summary>
/// The checks that span files — duplicate ids and references — over indexes built once, so that loading grows
/// with the number of ids and references, not with the number of files squared. The indexes of references are
/// keyed by the id alone, one per kind (sources, places): string keys hash several times faster than pairs, and
/// a file of 100,000 partnerships makes 300,000 lookups.
/// </summary>
internal sealed class CrossFileChecks
{
    private readonly List<ParsedFile> _all;
    private readonly List<DataError> _errors;
    private readonly List<string> _rejected;

    // Every file that declares a source or place id, in file order: what a reference can resolve through.
    private readonly ByKind<List<ParsedFile>> _declaredBy = new();

    // Which files refer to a source or place id, to recheck only those when a declaring file is dropped.
    private readonly ByKind<List<ParsedFile>> _referencedBy = new();

    // What each file declares, to test two files for a clash from the smaller side; made when first asked, since
    // most files are never tested (a reference to the file's own ids needs no clash test).
    private readonly Dictionary<ParsedFile, HashSet<(string Collection, string Id)>> _declarations = new(ReferenceEqualityComparer.Instance);

    public CrossFileChecks(List<ParsedFile> parsed, List<DataError> errors, List<string> rejected)
    {
        _all = parsed;
        _errors = errors;
        _rejected = rejected;
        foreach (var file in parsed)
        {
            foreach (var d in file.Declared)
            {
                if (KindOf(d.Collection) is { } kind)
                {
                    AddOnce(_declaredBy.Of(kind), d.Id, file);
                }
            }

            foreach (var reference in file.References)
            {
                AddOnce(_referencedBy.Of(reference.Kind), reference.Id, file);
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
        // Each file's own duplicates were reported when it was parsed: one file cannot clash with another.
        if (accepted.Count < 2)
        {
            return;
        }

        var owners = new Dictionary<(string, string), (string File, JsonLocation Location)>();
        foreach (var file in _all.Where(accepted.Contains))
        {
            var clashes = file.Declared
                .Where(d => d.Collection != "dataset" && owners.ContainsKey((d.Collection, d.Id)))
                .Select(d => new DataError(file.Content.Name, d.Location.ToString(), $"duplicate id '{d.Id}' in {d.Collection}; already declared in {owners[(d.Collection, d.Id)].File} at {owners[(d.Collection, d.Id)].Location}"))
                .ToList();
            if (clashes.Count > 0)
            {
                Reject(file, clashes, accepted);
                continue;
            }

            foreach (var d in file.Declared)
            {
                owners[(d.Collection, d.Id)] = (file.Content.Name, d.Location);
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
            var verdicts = new ByKind<bool>();
            var unresolved = new List<DataError>();
            foreach (var reference in file.References)
            {
                var decided = verdicts.Of(reference.Kind);
                if (!decided.TryGetValue(reference.Id, out var resolves))
                {
                    resolves = Resolves(file, reference, accepted, ignoreClashing);
                    decided[reference.Id] = resolves;
                }

                if (!resolves)
                {
                    unresolved.Add(new DataError(file.Content.Name, reference.Location.ToString(), DescribeMissing(reference, file, accepted)));
                }
            }

            if (unresolved.Count == 0)
            {
                continue;
            }

            Reject(file, unresolved, accepted);
            foreach (var declared in file.Declared)
            {
                if (KindOf(declared.Collection) is not { } kind)
                {
                    continue;
                }

                foreach (var dependent in _referencedBy.Of(kind).GetValueOrDefault(declared.Id) ?? [])
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
        var declaring = _declaredBy.Of(reference.Kind).GetValueOrDefault(reference.Id);
        return declaring is not null && declaring.Any(other =>
            accepted.Contains(other) && (ReferenceEquals(other, file) || !ignoreClashing || !Clashes(file, other)));
    }

    private bool Clashes(ParsedFile a, ParsedFile b)
    {
        // Overlaps walks its argument: hand it the smaller set.
        var (small, large) = DeclarationsOf(a).Count <= DeclarationsOf(b).Count
            ? (DeclarationsOf(a), DeclarationsOf(b))
            : (DeclarationsOf(b), DeclarationsOf(a));
        return large.Overlaps(small);
    }

    private HashSet<(string Collection, string Id)> DeclarationsOf(ParsedFile file)
    {
        if (!_declarations.TryGetValue(file, out var own))
        {
            // "dataset" ids are left out because every file has one.
            own = file.Declared.Where(d => d.Collection != "dataset").Select(d => (d.Collection, d.Id)).ToHashSet();
            _declarations[file] = own;
        }

        return own;
    }

    private string DescribeMissing(PendingReference reference, ParsedFile file, HashSet<ParsedFile> accepted)
    {
        var kind = reference.Kind == ReferenceKind.Source ? "source" : "place";
        var elsewhere = _declaredBy.Of(reference.Kind).GetValueOrDefault(reference.Id)?.FirstOrDefault(f => !ReferenceEquals(f, file));
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

    private static ReferenceKind? KindOf(string collection) => collection switch
    {
        "sources" => ReferenceKind.Source,
        "places" => ReferenceKind.Place,
        _ => null,
    };

    private static void AddOnce(Dictionary<string, List<ParsedFile>> index, string id, ParsedFile file)
    {
        if (!index.TryGetValue(id, out var list))
        {
            list = [];
            index[id] = list;
        }

        // Files are added in order, each file's ids together: a repeat is always the last one added.
        if (list.Count == 0 || !ReferenceEquals(list[^1], file))
        {
            list.Add(file);
        }
    }

    /// <summary>One index of ids for sources and one for places.</summary>
    private sealed class ByKind<T>
    {
        private readonly Dictionary<string, T> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, T> _places = new(StringComparer.Ordinal);

        public Dictionary<string, T> Of(ReferenceKind kind) => kind == ReferenceKind.Source ? _sources : _places;
    }
}
