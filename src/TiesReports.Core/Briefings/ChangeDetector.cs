using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Compares this month's facts with the previous brief's: new and revised figures (old → new), stage and
/// sector-status changes, new institutions, links, events and sources. Deterministic: lines follow the
/// order of the current brief, then removals in the order of the previous one.
/// </summary>
public static class ChangeDetector
{
    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["stage"] = "Stage",
        ["sector"] = "Sector",
        ["figure"] = "Figure",
        ["institution"] = "Institution",
        ["connection"] = "Transport link",
        ["event"] = "Event",
        ["source"] = "Source",
        ["next-step"] = "Next step",
    };

    public static ChangeFacts Compare(BriefingSnapshot? previous, BriefingSnapshot current, Month previousPeriod)
    {
        ArgumentNullException.ThrowIfNull(current);
        var previousName = previousPeriod.ToDisplayString();
        if (previous is null)
        {
            return new ChangeFacts(null, [$"No brief for {previousName} is stored, so there is nothing to compare with yet."]);
        }

        var before = previous.Items.GroupBy(i => (i.Kind, i.Key)).ToDictionary(g => g.Key, g => g.First());
        var now = current.Items.Select(i => (i.Kind, i.Key)).ToHashSet();
        var lines = new List<string>();
        foreach (var item in current.Items)
        {
            var noun = Nouns.GetValueOrDefault(item.Kind, item.Kind);
            if (!before.TryGetValue((item.Kind, item.Key), out var old))
            {
                lines.Add(item.Value.Length == 0 ? $"New {noun.ToLowerInvariant()}: {item.Label}." : $"New {noun.ToLowerInvariant()}: {item.Label} — {item.Value}.");
            }
            else if (!string.Equals(old.Value, item.Value, StringComparison.Ordinal))
            {
                var verb = item.Kind == "figure" ? "Revised" : "Changed";
                lines.Add($"{verb}: {item.Label}: {old.Value} → {item.Value}.");
            }
        }

        foreach (var gone in previous.Items.Where(i => !now.Contains((i.Kind, i.Key))))
        {
            lines.Add($"No longer recorded: {Nouns.GetValueOrDefault(gone.Kind, gone.Kind).ToLowerInvariant()} {gone.Label}.");
        }

        if (lines.Count == 0)
        {
            lines.Add($"No recorded fact changed since the {previousName} brief.");
        }

        return new ChangeFacts(previousName, lines);
    }
}
