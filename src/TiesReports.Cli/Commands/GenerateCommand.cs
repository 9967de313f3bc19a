using System.CommandLine;
using TiesReports.Core.Synthetic;

namespace TiesReports.Cli.Commands;

/// <summary>ties generate: a synthetic dataset of any size, marked synthetic, for tests and benchmarks.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var partnerships = new Option<int>("--partnerships") { Description = "Number of partnerships.", DefaultValueFactory = _ => 200 };
        var years = new Option<int>("--years") { Description = "Years of monthly trade per partnership.", DefaultValueFactory = _ => 2 };
        var sectors = new Option<int>("--sectors") { Description = "Sectors per partnership.", DefaultValueFactory = _ => 8 };
        var events = new Option<int>("--events") { Description = "Events per partnership.", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same file.", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out", "-o") { Description = "File to write (with --split: folder).", DefaultValueFactory = _ => Path.Combine("out", "synthetic", "synthetic.json") };
        var split = new Option<bool>("--split") { Description = "Write a folder: one file of sources and places, and one file per partnership." };
        var lean = new Option<bool>("--lean") { Description = "Only places and partnerships with their required fields, between every pair of a few hundred places (no trade, sectors, events, institutions or links): 100,000 partnerships fit in one file under the 16 MiB limit." };
        var command = new Command("generate", "Write a synthetic dataset (marked synthetic) for tests and benchmarks.") { partnerships, years, sectors, events, seed, output, split, lean };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new SyntheticDatasetOptions
            {
                Partnerships = parse.GetValue(partnerships),
                TradeYears = parse.GetValue(years),
                SectorsPerPartnership = parse.GetValue(sectors),
                EventsPerPartnership = parse.GetValue(events),
                Seed = parse.GetValue(seed),
                Lean = parse.GetValue(lean),
            };
            if (options.Partnerships < 1 || options.TradeYears < 0 || options.TradeYears > 300 || options.SectorsPerPartnership < 0 || options.EventsPerPartnership < 0)
            {
                throw new UsageException("--partnerships must be at least 1; --years 0 to 300; --sectors and --events not negative.");
            }

            if (options.Lean && (parse.GetValue(split) || parse.GetResult(years) is { Implicit: false } || parse.GetResult(sectors) is { Implicit: false } || parse.GetResult(events) is { Implicit: false }))
            {
                throw new UsageException("--lean writes one file of places and partnerships only: it takes no --split, --years, --sectors or --events.");
            }

            if (parse.GetValue(split))
            {
                var files = SyntheticDatasetSplitter.Split(options);
                foreach (var (name, content) in files)
                {
                    await AtomicFile.WriteAsync(Path.Combine(parse.GetValue(output)!, name), content, cancellationToken);
                }

                Console.WriteLine($"Wrote {files.Count} files to {parse.GetValue(output)}: {options.Partnerships} synthetic partnerships.");
                return ExitCodes.Ok;
            }

            var bytes = SyntheticDatasetGenerator.Generate(options);
            await AtomicFile.WriteAsync(parse.GetValue(output)!, bytes, cancellationToken);
            Console.WriteLine($"Wrote {parse.GetValue(output)} ({bytes.Length / 1024.0:0.0} KiB): {options.Partnerships} synthetic partnerships.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
