using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;

namespace TiesReports.Benchmarks;

/// <summary>The datasets the benchmark renders: the Dalian seed and synthetic data at 1×, 10× and 100×.</summary>
internal static class Datasets
{
    public static readonly Month Period = new(2026, 11);

    public static Dataset Dalian() => Load(("dalian-russia.json", File.ReadAllBytes(Path.Combine(Paths.Seeds, "dalian-russia.json"))));

    /// <summary>1× is 2 years of monthly trade, 8 sectors and 6 events per partnership; the factor scales all three.</summary>
    public static SyntheticDatasetOptions Synthetic(int factor, int partnerships = 3) =>
        new SyntheticDatasetOptions { Partnerships = partnerships, TradeYears = 2, SectorsPerPartnership = 8, EventsPerPartnership = 6 }.Scaled(factor);

    public static Dataset Load(SyntheticDatasetOptions options) => Load(("synthetic.json", SyntheticDatasetGenerator.Generate(options)));

    public static Briefing Brief(Dataset dataset, string subject, Language? language = null) =>
        new BriefingBuilder(dataset).Build(new BriefRequest(subject, Period, Language: language));

    private static Dataset Load((string Name, byte[] Content) file)
    {
        var result = new DatasetLoader(new LoaderOptions { MaxFileBytes = 512L * 1024 * 1024 }).Load([(file.Name, file.Content)]);
        if (result.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", result.Errors.Take(5)));
        }

        return result.Dataset;
    }
}
