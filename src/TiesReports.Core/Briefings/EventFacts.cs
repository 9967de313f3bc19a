namespace TiesReports.Core.Briefings;

/// <summary>
/// Events relative to the period and the data's as-of date: upcoming means after both; events after the period
/// but already past are counted in <see cref="LaterNotShown"/> rather than called upcoming.
/// </summary>
public sealed record EventFacts(IReadOnlyList<EventEntry> InPeriod, IReadOnlyList<EventEntry> Upcoming, IReadOnlyList<EventEntry> Earlier, int EarlierNotShown, int LaterNotShown = 0);
