namespace TiesReports.Core.Synthetic;

/// <summary>The size of a generated dataset.</summary>
public sealed record SyntheticDatasetOptions
{
    public int Partnerships { get; init; } = 10;

    /// <summary>Years of monthly trade per partnership, ending in the year before <see cref="AsOf"/>'s year.</summary>
    public int TradeYears { get; init; } = 3;

    public int SectorsPerPartnership { get; init; } = 8;

    public int EventsPerPartnership { get; init; } = 6;

    public int Seed { get; init; } = 42;

    public DateOnly AsOf { get; init; } = new(2026, 11, 1);

    /// <summary>
    /// Only what the format requires: places and partnerships between every pair of a few hundred places, no
    /// trade, sectors, events, institutions or links (see <see cref="LeanDatasetGenerator"/>).
    /// </summary>
    public bool Lean { get; init; }

    /// <summary>Scales the rows of trade, sectors and events together (the benchmark's 1×, 10×, 100×).</summary>
    public SyntheticDatasetOptions Scaled(int factor) => this with
    {
        TradeYears = TradeYears * factor,
        SectorsPerPartnership = SectorsPerPartnership * factor,
        EventsPerPartnership = EventsPerPartnership * factor,
    };
}
