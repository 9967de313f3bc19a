using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Compares this month's facts with the previous brief's: new and revised figures (old → new), stage and
/// sector-status changes, new institutions, links, events and sources. Deterministic: lines follow the
/// order of the current brief, then removals in the order of the previous one.
/// </summary>
public static class ChangeDetector
{
    public static ChangeFacts Compare(BriefingSnapshot? previous, BriefingSnapshot current, Month previousPeriod) =>
        Compare(previous, current, previousPeriod, Language.English);

    /// <summary>Compares two snapshots written in the same language (the previous brief of the same language).</summary>
    public static ChangeFacts Compare(BriefingSnapshot? previous, BriefingSnapshot current, Month previousPeriod, Language language)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(language);
        var previousName = language.Month(previousPeriod);
        if (previous is null)
        {
            return new ChangeFacts(null, [language.Format("changes.none-stored", ("previous", previousName))]);
        }

        string Noun(string kind) => language.Text($"changes.noun.{kind}");

        var before = previous.Items.GroupBy(i => (i.Kind, i.Key)).ToDictionary(g => g.Key, g => g.First());
        var now = current.Items.Select(i => (i.Kind, i.Key)).ToHashSet();
        var cutBefore = previous.CutKinds ?? [];
        var cutNow = current.CutKinds ?? [];
        var lines = new List<string>();
        foreach (var item in current.Items)
        {
            if (!before.TryGetValue((item.Kind, item.Key), out var old))
            {
                // A wider row may only have been beyond last month's cut list: not new.
                if (item.Wider && cutBefore.Contains(item.Kind))
                {
                    continue;
                }

                lines.Add(item.Value.Length == 0
                    ? language.Format("changes.new", ("noun", Noun(item.Kind)), ("label", item.Label))
                    : language.Format("changes.new-with-value", ("noun", Noun(item.Kind)), ("label", item.Label), ("value", item.Value)));
            }
            else if (!string.Equals(old.Value, item.Value, StringComparison.Ordinal))
            {
                lines.Add(language.Format(item.Kind == "figure" ? "changes.revised" : "changes.changed", ("label", item.Label), ("old", old.Value), ("new", item.Value)));
            }
        }

        // Of a kind whose list is cut now, a missing row may only be beyond the cut: a wider row, any row of a snapshot
        // stored before cuts existed (it does not say which rows were wider), and any event (earlier events are cut by
        // age, the partnership's own too) is not called gone.
        foreach (var gone in previous.Items.Where(i => !now.Contains((i.Kind, i.Key)) && !(cutNow.Contains(i.Kind) && (i.Wider || previous.CutKinds is null || i.Kind == "event"))))
        {
            lines.Add(language.Format("changes.gone", ("noun", Noun(gone.Kind)), ("label", gone.Label)));
        }

        if (lines.Count == 0)
        {
            lines.Add(language.Format("changes.none", ("previous", previousName)));
        }

        return new ChangeFacts(previousName, lines);
    }
}
