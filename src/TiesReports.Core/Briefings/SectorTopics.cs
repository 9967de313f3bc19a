using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Orders sectors by topic: a short list stays as the data gives it; a long one spanning several topics is
/// split into the topics of <see cref="Vocabularies.SectorTopics"/> (economy and trade, people-to-people…), in
/// that list's order, each keeping the data's order inside.
/// </summary>
public static class SectorTopics
{
    /// <summary>From this many sectors on, a brief lists them by topic.</summary>
    public const int ByTopicFrom = 8;

    public static IReadOnlyList<SectorTopicGroup> Arrange(IReadOnlyList<SectorEntry> sectors) => Arrange(sectors, Language.English);

    public static IReadOnlyList<SectorTopicGroup> Arrange(IReadOnlyList<SectorEntry> sectors, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(sectors);
        var topics = sectors.Select(s => s.Topic).Distinct(StringComparer.Ordinal).ToList();
        if (sectors.Count < ByTopicFrom || topics.Count < 2 || topics.Any(t => !Vocabularies.SectorTopics.TryGet(t, out _)))
        {
            return [new SectorTopicGroup(null, sectors)];
        }

        var order = Vocabularies.SectorTopics.Terms.Select(t => t.Code).ToList();
        return sectors
            .GroupBy(s => s.Topic, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key))
            .Select(g => new SectorTopicGroup(language.Term("sector-topic", g.Key), g.ToList()))
            .ToList();
    }
}
