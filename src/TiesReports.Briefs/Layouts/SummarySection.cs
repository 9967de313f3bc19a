using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Layouts;

/// <summary>Executive summary: a few computed sentences and the key-figure cards.</summary>
public sealed class SummarySection(Briefing briefing) : IComponent
{
    public void Compose(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Section("Executive summary");
        flow.Bullets(briefing.Summary.Select(s => (IReadOnlyList<TextSpan>)[new TextSpan(s, Typography.Body)]));
        flow.Add(new KeyFigureCards(
            briefing.KeyFigures.Select(k => new KeyFigure(k.Label.ToUpperInvariant(), k.Value, k.Source is null ? k.Detail : $"{k.Detail} {k.Source}")).ToList(),
            Typography.KeyFigures));
    }
}
