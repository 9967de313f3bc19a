using TiesReports.Briefs.Layouts;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Rendering;

namespace TiesReports.Briefs.Document;

/// <summary>
/// The brief as a document: metadata, page frame and the sections in order. Each section is one component
/// under Layouts/, so a layout change touches one file.
/// </summary>
public sealed class BriefingDocument(Briefing briefing)
{
    public LayoutDocument Compose()
    {
        var flow = new Flow();
        flow.Add(new CoverBlock(briefing));
        IComponent[] sections =
        [
            new AtAGlanceSection(briefing),
            new ChangesSection(briefing),
            new PartnersSection(briefing),
            new SectorsSection(briefing),
            new TradeSection(briefing),
            new ConnectionsSection(briefing),
            new EventsSection(briefing),
            new SourcesSection(briefing),
        ];
        foreach (var section in sections)
        {
            section.Compose(flow);
        }

        var l = briefing.InLanguage();
        var places = string.Join(", ", new[] { briefing.Home }.Concat(briefing.Partners).Select(p => p.Name == p.NativeName ? p.Name : $"{p.Name} ({p.NativeName})"));
        var metadata = new DocumentMetadata(
            l.Format("metadata.title", ("title", briefing.Title), ("period", l.Month(briefing.Period))),
            l.Format("metadata.subject", ("period", l.Month(briefing.Period)), ("subtitle", briefing.Subtitle)),
            "TiesReports",
            l.Format("metadata.keywords", ("places", places), ("period", briefing.Period.ToString())) + (briefing.Synthetic ? l.Text("metadata.synthetic") : ""),
            l.Tag,
            briefing.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return new LayoutDocument(metadata, new PageSetup(), new PageFrame(briefing), flow.Blocks);
    }
}
