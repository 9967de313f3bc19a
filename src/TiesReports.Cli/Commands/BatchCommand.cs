using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using Spectre.Console;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Cli.Commands;

/// <summary>ties batch: every partnership of a dataset, rendered in parallel into a briefs folder.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var period = CommonOptions.Period();
        var data = CommonOptions.Data();
        var output = new Option<string>("--out", "-o") { Description = "Folder for the briefs ({id}/{yyyy-MM}.pdf).", DefaultValueFactory = _ => Path.Combine("out", "briefs") };
        var parallel = new Option<int>("--parallel") { Description = "Briefs rendered at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("batch", "Render the briefs of all partnerships of a dataset, in parallel, with a progress bar.") { period, data, output, parallel };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(period), parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(parallel), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? periodText, string dataPath, string outPath, int parallel, CancellationToken cancellationToken)
    {
        if (parallel < 1)
        {
            throw new UsageException("--parallel must be at least 1.");
        }

        // A batch is throughput, not pauses: no background GC, whose marking competed with the workers for the cores
        // (native build, 5,000 partnerships: 18 % less CPU, 4 % more peak memory). Only here: for one brief of a
        // large dataset the background GC kept peak memory a quarter lower (docs/performance.md, "Fourth pass").
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        var requested = CommonOptions.ParsePeriod(periodText);
        var store = new FolderReportStore(new FolderStoreOptions { DataPath = CommonOptions.RequireFolder(dataPath), BriefsPath = outPath });
        var service = new BriefService(store, CommonOptions.OneLoadLoader());
        var loaded = await service.LoadAsync(cancellationToken);
        Output.Errors(loaded.Errors);
        if (CommonOptions.PeriodOrDataMonth(requested, loaded, dataPath) is not { } period)
        {
            return ExitCodes.InvalidData;
        }

        var ids = loaded.Dataset.Partnerships.Select(p => p.Id).ToList();
        var failures = new ConcurrentBag<(string Id, string Reason)>();
        var statuses = new ConcurrentDictionary<BriefStatus, int>();
        long bytes = 0;
        var missingLibrary = 0;
        var watch = Stopwatch.StartNew();

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Briefs for {period}", maxValue: Math.Max(1, ids.Count));
                await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (id, ct) =>
                {
                    try
                    {
                        var outcome = await service.GetOrCreateAsync(loaded, new BriefRequest(id, period), BriefWriteMode.RefreshIfChanged, ct);
                        statuses.AddOrUpdate(outcome.Status, 1, (_, n) => n + 1);
                        Interlocked.Add(ref bytes, outcome.Info.Size);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad partnership must not stop the others; a missing library is named, not its wrapper.
                        failures.Add((id, (MissingLibrary.Find(ex) ?? ex).Message));
                        if (MissingLibrary.Find(ex) is not null)
                        {
                            Interlocked.Exchange(ref missingLibrary, 1);
                        }
                    }

                    task.Increment(1);

                    // The rate beside the bar; the remaining-time column gives the ETA.
                    task.Description = $"Briefs for {period}: {task.Value / Math.Max(0.001, watch.Elapsed.TotalSeconds):0.0}/s";
                });
            });

        var done = ids.Count - failures.Count;
        Console.WriteLine(
            $"{done} of {ids.Count} briefs in {outPath} ({watch.Elapsed.TotalSeconds:0.0} s, {(done == 0 ? 0 : bytes / done / 1024.0):0.0} KiB each): " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} {s.Key.ToString().ToLowerInvariant()}")) + ".");
        foreach (var (id, reason) in failures.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"failed: {id}: {reason}");
        }

        return missingLibrary == 1 ? ExitCodes.MissingLibrary : failures.IsEmpty && !loaded.HasErrors ? ExitCodes.Ok : ExitCodes.InvalidData;
    }
}
