using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>Numbers sources in the order a brief first cites them, and writes the source list.</summary>
internal sealed class SourceRegistry(Dataset dataset)
{
    private readonly Dictionary<string, SourceRef> _refs = new(StringComparer.Ordinal);

    public SourceRef Cite(string sourceId)
    {
        if (!_refs.TryGetValue(sourceId, out var reference))
        {
            reference = new SourceRef(_refs.Count + 1, sourceId);
            _refs[sourceId] = reference;
        }

        return reference;
    }

    public IReadOnlyList<SourceEntry> Entries() => _refs.Values
        .OrderBy(r => r.Number)
        .Select(r => dataset.FindSource(r.SourceId) is { } s ? new SourceEntry(r.Number, s.Id, Citation(s), s.Url) : new SourceEntry(r.Number, r.SourceId, r.SourceId, null))
        .ToList();

    private static string Citation(Source source)
    {
        var parts = new List<string> { source.Publisher, $"“{source.Title}”" };
        if (source.Author is not null)
        {
            parts.Add("by " + source.Author);
        }

        parts.Add(source.Published.Date is { } date ? "published " + date.ToDisplayString() : "publication date not stated");
        var citation = string.Join(", ", parts) + ".";
        if (source.Note is not null)
        {
            citation += " " + source.Note;
        }

        return citation;
    }
}
