using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>The numbered source list every [n] in the brief points to; sources with an address are links.</summary>
public sealed class SourcesSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var l = briefing.InLanguage();
        flow.Section(l.Text("section.sources"));
        if (briefing.Sources.Count == 0)
        {
            flow.Note(l.Text("empty.sources"));
            return;
        }

        foreach (var source in briefing.Sources)
        {
            var spans = new List<TextSpan> { new($"[{source.Number}]  ", Typography.BodyBold), new(source.Citation, Typography.Body) };
            if (source.Url is not null)
            {
                spans.Add(new TextSpan(" ", Typography.Body));
                spans.Add(new TextSpan(source.Url.AbsoluteUri, Typography.Link, source.Url));
            }

            flow.Text([.. spans]);
        }

        if (briefing.DataNote.Length > 0)
        {
            flow.Note(briefing.DataNote);
        }
    }
}
