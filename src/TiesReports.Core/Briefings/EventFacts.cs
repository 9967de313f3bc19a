using System.Text.Json.Serialization;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Events relative to the period and the data's as-of date: upcoming means after both; events after the period
/// but already past are counted in <see cref="LaterNotShown"/> rather than called upcoming.
/// </summary>
public sealed record EventFacts(IReadOnlyList<EventEntry> InPeriod, IReadOnlyList<EventEntry> Upcoming, IReadOnlyList<EventEntry> Earlier, int EarlierNotShown, int LaterNotShown = 0)
{
    /// <summary>The home place's other events in the period a partnership brief leaves out (it lists the first few).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int InPeriodNotShown { get; init; }

    /// <summary>The home place's other upcoming events a partnership brief leaves out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int UpcomingNotShown { get; init; }
}
