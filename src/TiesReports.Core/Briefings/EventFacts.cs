namespace TiesReports.Core.Briefings;

public sealed record EventFacts(IReadOnlyList<EventEntry> InPeriod, IReadOnlyList<EventEntry> Upcoming, IReadOnlyList<EventEntry> Earlier, int EarlierNotShown);
