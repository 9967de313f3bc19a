using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>
/// Page 1 as a director reads it: notices first, then stage, this month, what changed, next step, sectors,
/// trade and links in one line each; up to three key figures about the subject, each saying what it covers;
/// and context facts labelled on the spot as not the partnership's own. Everything else starts on page 2.
/// </summary>
public sealed class AtAGlanceSection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        foreach (var notice in briefing.Notices)
        {
            flow.Add(new Paragraph(notice, Typography.Banner));
        }

        var l = briefing.InLanguage();
        flow.Section(l.Text("section.at-a-glance"));
        foreach (var line in briefing.Glance)
        {
            TextSpan[] spans = line.Source is null
                ? [new TextSpan(line.Label + l.Text("punct.glance-label"), Typography.BodyBold), new TextSpan(line.Text, Typography.Body)]
                : [new TextSpan(line.Label + l.Text("punct.glance-label"), Typography.BodyBold), new TextSpan(line.Text, Typography.Body), Flow.Mark(line.Source)];
            flow.Text(spans);
        }

        foreach (var assessment in briefing.Assessments)
        {
            flow.Text(
                new TextSpan(l.Format("assessment.label", ("partner", assessment.Partner)), Typography.BodyBold),
                new TextSpan(l.Format("assessment.text", ("text", assessment.Text), ("author", assessment.Author), ("date", assessment.Date)), Typography.Body),
                Flow.Mark(assessment.Source));
        }

        flow.Add(new KeyFigureCards(
            briefing.KeyFigures.Select(k => new KeyFigure(
                k.Label.ToUpperInvariant(),
                k.Value,
                (k.Scope.Length == 0 ? "" : l.Format("figure.scope", ("scope", k.Scope))) + (k.Source is null ? k.Detail : $"{k.Detail} {k.Source}"))).ToList(),
            Typography.KeyFigures));

        if (briefing.Context.Count > 0)
        {
            flow.SubSection(briefing.Scope == BriefScope.Partnership ? l.Text("context.heading.partnership") : l.Text("context.heading.place"));
            flow.Bullets(briefing.Context.Select(c => (IReadOnlyList<TextSpan>)(c.Source is null
                ? [new TextSpan(c.Label + l.Text("punct.label"), Typography.BodyBold), new TextSpan(c.Text, Typography.Body)]
                : [new TextSpan(c.Label + l.Text("punct.label"), Typography.BodyBold), new TextSpan(c.Text, Typography.Body), Flow.Mark(c.Source)])));
        }

        // Page 1 stands alone; if it already ran over, the details follow on rather than after a near-empty page.
        flow.Add(new PageBreak { OnlyOnPage = 0 });
    }
}
