using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>Numbers sources in the order a brief first cites them, and writes the source list.</summary>
internal sealed class SourceRegistry(Dataset dataset, Language language, PlaceNames names)
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

    private string Citation(Source source)
    {
        // Publisher, title and author are cited as published; only our own words are in the brief's language.
        var parts = new List<string> { source.Publisher, language.Format("source.title", ("title", source.Title)) };
        if (source.Author is not null)
        {
            parts.Add(language.Format("source.by", ("author", source.Author)));
        }

        parts.Add(source.Published.Date is { } date ? language.Format("source.published", ("date", language.Date(date))) : language.Text("source.date-not-stated"));
        var citation = string.Join(language.Text("list.citation"), parts) + language.Text("punct.end");
        if (source.Note is not null)
        {
            citation += language.Text("punct.sentence-gap") + names.Source(source.Note, source.Translations, "note");
        }

        return citation;
    }
}
