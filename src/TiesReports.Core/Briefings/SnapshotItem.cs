namespace TiesReports.Core.Briefings;

/// <summary>
/// One comparable fact of a brief, keyed so that next month's brief can say what is new or revised:
/// <paramref name="Kind"/> groups it ("stage", "sector", "figure"…), <paramref name="Key"/> is stable across
/// months, <paramref name="Label"/> names it for a reader and <paramref name="Value"/> is what was printed;
/// <paramref name="Wider"/> marks a row of the home place's wider ties, which a cut list may leave out.
/// </summary>
public sealed record SnapshotItem(string Kind, string Key, string Label, string Value, bool Wider = false);
