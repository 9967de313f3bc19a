using System.Globalization;
using System.Runtime.InteropServices;
using TiesReports.Benchmarks;
using TiesReports.Briefs.Document;
using TiesReports.Briefs.Services;
using TiesReports.Layout.Rendering;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 3 && args[0] == MemoryRun.ChildFlag)
{
    return MemoryRun.RunChild(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
}

if (args.Length == 1 && args[0] == ColdSpans.ChildFlag)
{
    return await ColdSpans.RunChildAsync();
}

var quick = args.Contains("--quick");

// `--only NAME` runs one section (rendering, spans, languages, memory, cold, http, worker-start, peers, scale) while working on it.
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
bool Section(string name) => only is null || only == name;
string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
int Runs(int full) => quick ? Math.Max(3, full / 10) : full;
var report = new List<string>
{
    $"TiesReports benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC",
    $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}; load average (1 min) at start {Load()}",
    "",
};
var targets = new List<string>();

// Tiered compilation keeps optimising hot code for a few seconds; measure only after that.
void WarmUp(Action action)
{
    var until = System.Diagnostics.Stopwatch.StartNew();
    var runs = 0;
    while (until.Elapsed < TimeSpan.FromSeconds(quick ? 1 : 4) || runs < 20)
    {
        action();
        runs++;
    }
}

void Print(string line)
{
    Console.WriteLine(line);
    report.Add(line);
}

// 1. Warm rendering, one thread, and how cost grows with data.
var dalian = Datasets.Dalian();
var dalianBriefing = Datasets.Brief(dalian, "dalian-arkhangelsk");
if (Section("rendering"))
{
Print("## Rendering (warm, one thread; ms per brief = build the briefing + render the PDF)");
Print("");
Print("| Brief | Data rows | Pages | Median ms | p95 ms | CPU ms/brief | Pages/s | Size KiB |");
Print("|---|---:|---:|---:|---:|---:|---:|---:|");
var cases = new List<(string Name, TiesReports.Core.Model.Dataset Data, string Subject, int Runs)>
{
    ("Dalian–Arkhangelsk (seed)", dalian, "dalian-arkhangelsk", Runs(200)),
    ("Synthetic 1×", Datasets.Load(Datasets.Synthetic(1)), "synthia-hub-synthia-0001", Runs(200)),
    ("Synthetic 10×", Datasets.Load(Datasets.Synthetic(10)), "synthia-hub-synthia-0001", Runs(40)),
    ("Synthetic 100×", Datasets.Load(Datasets.Synthetic(100)), "synthia-hub-synthia-0001", Runs(10)),
};
var medians = new Dictionary<string, double>();
foreach (var (name, data, subject, runs) in cases)
{
    var briefing = Datasets.Brief(data, subject);
    var pdf = BriefRenderer.Render(briefing);
    WarmUp(() => BriefRenderer.Render(Datasets.Brief(data, subject)));
    var pages = PdfRenderer.Layout(new BriefingDocument(briefing).Compose()).Pages.Count;

    // Rows the brief draws from: trade figures, sector commitments and events of this subject.
    var rows = briefing.Trade.Rows.Count + briefing.Trade.Charts.Sum(c => c.Categories.Count * c.Series.Count) + briefing.Sectors.Count
        + briefing.Events.InPeriod.Count + briefing.Events.Upcoming.Count + briefing.Events.Earlier.Count + briefing.Events.EarlierNotShown;
    var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    var stats = Stats.Time(runs, () => BriefRenderer.Render(Datasets.Brief(data, subject)));
    var cpuPerBrief = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
    medians[name] = stats.Median;
    if (data == dalian)
    {
        targets.Add($"| Warm p95 ≤ 1.5× median (Dalian brief, one thread) | ≤ 1.5 | {stats.P95 / stats.Median:0.00} (median {stats.Median:0.0} ms, p95 {stats.P95:0.0} ms) | {(stats.P95 <= 1.5 * stats.Median ? "pass" : "FAIL")} |");
    }

    Print($"| {name} | {rows:N0} | {pages} | {stats.Median:0.0} | {stats.P95:0.0} | {cpuPerBrief:0.0} | {pages / (stats.Median / 1000):0} | {pdf.Length / 1024.0:0.0} |");
}

Print("");
Print($"Scaling: 10× data costs {medians["Synthetic 10×"] / medians["Synthetic 1×"]:0.0}× the time of 1×; 100× costs {medians["Synthetic 100×"] / medians["Synthetic 1×"]:0.0}×.");
Print("");
}

// 2. Where the time goes (stopwatch spans on the Dalian brief).
if (Section("spans"))
{
var spanRuns = Runs(300);
var dalianWarm = Datasets.Brief(dalian, "dalian-arkhangelsk");
WarmUp(() => PdfRenderer.Layout(new BriefingDocument(dalianWarm).Compose()));
var build = Stats.Time(spanRuns, () => Datasets.Brief(dalian, "dalian-arkhangelsk"));
var layout = Stats.Time(spanRuns, () => PdfRenderer.Layout(new BriefingDocument(dalianBriefing).Compose()));
var render = Stats.Time(spanRuns, () => BriefRenderer.Render(dalianBriefing));
Print("## Where the time goes (Dalian brief, median ms)");
Print("");
Print("| Span | Median ms | Share |");
Print("|---|---:|---:|");
var total = build.Median + render.Median;
Print($"| Briefing builder (pick and compute facts) | {build.Median:0.00} | {build.Median / total:P0} |");
Print($"| Layout (measure text, break lines and pages) | {layout.Median:0.00} | {layout.Median / total:P0} |");
Print($"| Drawing (content streams), font subsetting, save (PDFsharp), stabilize, deflate | {render.Median - layout.Median:0.00} | {(render.Median - layout.Median) / total:P0} |");
Print("");
}

// 2b. What each brief language costs, warm, interleaved.
if (Section("languages"))
{
    var languageRows = LanguageCost.Measure(dalian, "dalian-arkhangelsk", Runs(200), WarmUp);
    var english = languageRows[0];
    Print($"## Cost per language (Dalian brief, warm, one thread, languages interleaved; load average {Load()})");
    Print("");
    Print("| Language | Median ms | p95 ms | CPU ms/brief | Time ÷ English (paired) | Pages | Size KiB | Size ÷ English |");
    Print("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var row in languageRows)
    {
        Print($"| {row.Language.Tag} | {row.Wall.Median:0.0} | {row.Wall.P95:0.0} | {row.CpuMsPerBrief:0.0} | {row.PairedRatio:0.00} | {row.Pages} | {row.Bytes / 1024.0:0.0} | {(double)row.Bytes / english.Bytes:0.00} |");
    }

    if (Peers.TypstAvailable)
    {
        // The same content typeset by Typst in each language: how much of a language's cost is its glyphs.
        var typstRows = Peers.TypstFresh(languageRows.Select(r => (r.Language.Tag, Datasets.Brief(dalian, "dalian-arkhangelsk", r.Language))).ToList(), Runs(40));
        Print("");
        Print("Typst 0.7 on the same content in each language (fresh document, same Noto fonts, languages interleaved):");
        Print("");
        Print("| Language | Median ms | Time ÷ English (paired) | Size KiB | Size ÷ English |");
        Print("|---|---:|---:|---:|---:|");
        foreach (var row in typstRows)
        {
            Print($"| {row.Engine} | {row.Timing.Median:0.0} | {row.WallOver(typstRows[0]):0.00} | {row.Bytes / 1024.0:0.0} | {(double)row.Bytes / typstRows[0].Bytes:0.00} |");
        }
    }

    Print("");
    Print("Where each language's time goes (median ms, the languages one after another):");
    Print("");
    Print("| Language | Build the briefing | Layout | Draw, subset fonts, save |");
    Print("|---|---:|---:|---:|");
    foreach (var row in languageRows)
    {
        var (build, layout, draw) = LanguageCost.Spans(dalian, "dalian-arkhangelsk", row.Language, Runs(100));
        Print($"| {row.Language.Tag} | {build:0.00} | {layout:0.00} | {draw:0.00} |");
    }

    Print("");
    foreach (var row in languageRows.Skip(1))
    {
        targets.Add($"| Brief in {row.Language.Tag}: warm time within 10% of English | ≤ {LanguageCost.Target:0.00}× | {row.PairedRatio:0.00}× (median {row.Wall.Median:0.0} ms vs {english.Wall.Median:0.0} ms) | {(row.PairedRatio <= LanguageCost.Target ? "pass" : "FAIL")} |");
        targets.Add($"| Brief in {row.Language.Tag}: PDF size within 10% of English | ≤ {LanguageCost.Target:0.00}× | {(double)row.Bytes / english.Bytes:0.00}× ({row.Bytes / 1024.0:0.0} KiB vs {english.Bytes / 1024.0:0.0} KiB) | {((double)row.Bytes / english.Bytes <= LanguageCost.Target ? "pass" : "FAIL")} |");
    }
}

// 3. Memory and throughput over 1,000 briefs, each worker count in a fresh process.
if (Section("memory"))
{
var count = quick ? 200 : 1000;
Print($"## Memory over {count:N0} briefs (fresh process each; peak resident set)");
Print("");
Print("| Workers | Peak MB | Briefs/s |");
Print("|---:|---:|---:|");
foreach (var workers in new[] { 1, 2 })
{
    var (peak, perSecond) = MemoryRun.Measure(count, workers);
    Print($"| {workers} | {peak:0} | {perSecond:0} |");
}

Print("");
}

// 4. Cold start of the README's main command beside the peers, whole processes interleaved round by round.
if (Section("cold"))
{
    Print($"## Cold start: process start to PDF written, engines interleaved (load average {Load()})");
    Print("");
    Print("Where a cold brief's time goes (fresh process, stopwatch around each step, median of fresh processes; build output, JIT):");
    Print("");
    Print("| Step | Median ms |");
    Print("|---|---:|");
    foreach (var (name, ms) in ColdSpans.Measure(quick ? 3 : 5))
    {
        Print($"| {name} | {ms:0} |");
    }

    Print("");
    var coldRows = Peers.Cold(dalianBriefing, ColdStart.Launchers(), quick ? 5 : 11);
    var typstCold = coldRows.FirstOrDefault(r => r.Engine.StartsWith("Typst", StringComparison.Ordinal));
    Print("| Command | Median wall ms | p95 | Median CPU ms | Wall ÷ Typst (paired) | CPU ÷ Typst (paired) | Size KiB |");
    Print("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var row in coldRows)
    {
        var versus = typstCold is null ? "–" : $"{row.WallOver(typstCold):0.00} | {row.CpuOver(typstCold):0.00}";
        Print($"| {row.Engine} | {row.Timing.Median:0} | {row.Timing.P95:0} | {row.Cpu.Median:0} | {versus} | {row.Bytes / 1024.0:0.0} |");
    }

    Print("");
    if (typstCold is not null)
    {
        foreach (var ours in coldRows.Where(r => r.Engine.StartsWith("TiesReports", StringComparison.Ordinal)))
        {
            var ratio = ours.WallOver(typstCold);
            targets.Add($"| Cold start ≤ Typst on the same content: {ours.Engine} | ratio ≤ 1.0 (aim 0.6) | wall {ratio:0.00}, CPU {ours.CpuOver(typstCold):0.00} | {(ratio <= 1.0 ? "pass" : "FAIL")} |");
        }
    }
    else
    {
        Print($"Peers missing: {Peers.Missing}.");
        Print("");
    }
}

// 5. The HTTP path on Azurite.
if (Section("http"))
{
    var (startToFirst, cached, first) = await HttpPath.MeasureAsync(Runs(200), Runs(40));
    Print("## HTTP path (GetBrief over HTTP through the real worker process under the test host, on Azurite)");
    Print("");
    Print($"Worker process start to first brief served: {startToFirst.TotalMilliseconds:0} ms.");
    Print("");
    Print("| Request | Median ms | p95 ms |");
    Print("|---|---:|---:|");
    Print($"| Cached brief served from storage | {cached.Median:0.0} | {cached.P95:0.0} |");
    Print($"| Brief rendered on first request and stored | {first.Median:0.0} | {first.P95:0.0} |");
    Print("");
}

// 5b. Cold start of the Functions worker: the build output against a ReadyToRun publish, when one is given
// (`--functions-published DIR`, made with `dotnet publish src/TiesReports.Functions -c Release -o DIR`).
if (Section("worker-start"))
{
    var none = new Dictionary<string, string>();
    var builds = new List<(string Build, string AppDirectory, IReadOnlyDictionary<string, string> Environment)> { ("build output (JIT)", HttpPath.FunctionsAppDirectory(), none) };
    if (args.SkipWhile(a => a != "--functions-published").Skip(1).FirstOrDefault() is { } published)
    {
        builds.Add(("published (ReadyToRun)", Path.GetFullPath(published), none));

        // The runtime knobs a cold instance could be given, each against the plain publish in the same rounds.
        builds.Add(("published, DOTNET_TieredPGO=0", Path.GetFullPath(published), new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }));
        builds.Add(("published, DOTNET_TC_QuickJitForLoops=0", Path.GetFullPath(published), new Dictionary<string, string> { ["DOTNET_TC_QuickJitForLoops"] = "0" }));
        builds.Add(("published, DOTNET_TieredCompilation=0", Path.GetFullPath(published), new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" }));
    }

    Print($"## Functions worker cold start: process start to first brief rendered, stored and served (load average {Load()})");
    Print("");
    Print("| Build | Functions loaded, median ms | First brief served, median ms | p95 ms | Min ms | Rounds |");
    Print("|---|---:|---:|---:|---:|---:|");
    foreach (var (build, ready, served) in await WorkerStart.MeasureAsync(builds, quick ? 3 : 7))
    {
        Print($"| {build} | {ready.Median:0} | {served.Median:0} | {served.P95:0} | {served.Min:0} | {served.Count} |");
    }

    Print("");
}

// 6. Warm, side by side with Typst, WeasyPrint and Chromium on the same content, interleaved round by round.
if (Section("peers"))
{
    Print($"## Warm, side by side on the same brief (engines interleaved; load average {Load()})");
    Print("");
    Print("Every engine's input is generated from the same `Briefing` (Typst markup, HTML), with the same Noto fonts; times are measured inside each engine's own warm process.");
    Print("");
    var warmRows = await Peers.WarmAsync(dalianBriefing, Runs(40));
    Print("| Engine | Median ms | p95 ms | Median CPU ms | Wall ÷ TiesReports (paired) | CPU ÷ TiesReports (paired) | Size KiB |");
    Print("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var row in warmRows)
    {
        var cpuRatio = double.IsNaN(row.Cpu.Median) ? "–" : $"{row.CpuOver(warmRows[0]):0.0}";
        var cpuMs = double.IsNaN(row.Cpu.Median) ? "–" : $"{row.Cpu.Median:0.0}";
        Print($"| {row.Engine} | {row.Timing.Median:0.0} | {row.Timing.P95:0.0} | {cpuMs} | {row.WallOver(warmRows[0]):0.0} | {cpuRatio} | {row.Bytes / 1024.0:0.0} |");
    }

    Print("");
    if (Peers.Missing.Length > 0)
    {
        Print($"Peers missing: {Peers.Missing}.");
        Print("");
    }

    if (warmRows.FirstOrDefault(r => r.Engine.Contains("fresh", StringComparison.Ordinal)) is { } fresh)
    {
        var faster = fresh.WallOver(warmRows[0]);
        targets.Add($"| Warm ≥ 5× faster than Typst on a fresh document | ≥ 5 | {faster:0.0}× wall, {fresh.CpuOver(warmRows[0]):0.0}× CPU | {(faster >= 5 ? "pass" : "FAIL")} |");
    }
}

// 7. Data at real scale, whole CLI processes.
if (Section("scale"))
{
    var scale = Scale.Create(ColdStart.Launchers()[0]);
    var runs = quick ? 1 : 3;
    Print($"## Data at scale (whole CLI processes, {scale.Cli}; median of {runs}; load average {Load()})");
    Print("");
    Print("| Run | Median wall s | Median CPU s | Peak MB | Exit |");
    Print("|---|---:|---:|---:|---:|");
    ProcessRun Measure(string name, int times, int expectedExit, params string[] arguments)
    {
        var samples = Enumerable.Range(0, times).Select(_ => scale.Run(arguments)).ToList();
        if (samples.FirstOrDefault(r => r.ExitCode != expectedExit) is { } wrong)
        {
            throw new InvalidOperationException($"{name}: exit {wrong.ExitCode}, expected {expectedExit}: {wrong.Output[..Math.Min(2000, wrong.Output.Length)]}");
        }

        var median = new ProcessRun(Stats.Of(samples.Select(r => r.WallMs).ToList()).Median, Stats.Of(samples.Select(r => r.CpuMs).ToList()).Median,
            samples.Max(r => r.PeakMb), expectedExit, "");
        Print($"| {name} | {median.WallMs / 1000:0.00} | {median.CpuMs / 1000:0.00} | {median.PeakMb:0} | {expectedExit} |");
        return median;
    }

    var split500 = scale.Split(500);
    var split5000 = scale.Split(5000);
    var validate500 = Measure("validate, 500 partnership files + places", runs, 0, "validate", "--data", split500);
    var validate5000 = Measure("validate, 5,000 partnership files + places", runs, 0, "validate", "--data", split5000);
    targets.Add($"| validate of 5,000 files | ≤ 5 s | {validate5000.WallMs / 1000:0.00} s wall ({validate5000.CpuMs / 1000:0.00} s CPU) | {(validate5000.WallMs <= 5000 ? "pass" : "FAIL")} |");
    var growth = validate5000.WallMs / validate500.WallMs;
    targets.Add($"| validate: 10× the files ≤ 12× the time (500 → 5,000) | ≤ 12× | {growth:0.0}× wall, {validate5000.CpuMs / validate500.CpuMs:0.0}× CPU | {(growth <= 12 ? "pass" : "FAIL")} |");

    var batch = Measure("batch --parallel 2, 5,000 partnerships", 1, 0, "batch", "--parallel", "2", "--data", split5000, "--out", Path.Combine(split5000 + "-briefs"));
    targets.Add($"| batch --parallel 2 of 5,000 partnerships | ≤ 120 s, ≤ 300 MB | {batch.WallMs / 1000:0} s wall ({batch.CpuMs / 1000:0} s CPU), {batch.PeakMb:0} MB | {(batch.WallMs <= 120_000 && batch.PeakMb <= 300 ? "pass" : "FAIL")} |");

    // generate --lean: 100,000 partnerships in one 15 MB file, under the 16 MiB limit.
    var (oneFile, subject) = scale.OneFile(100_000);
    var big = Measure("brief, one of 100,000 partnerships in one 15 MB file (generate --lean)", runs, 0, "brief", subject, "--data", oneFile, "--out", Path.Combine(oneFile, "brief.pdf"));
    targets.Add($"| 100,000 partnerships in one file: one brief | ≤ 2 s, ≤ 300 MB | {big.WallMs / 1000:0.00} s wall ({big.CpuMs / 1000:0.00} s CPU), {big.PeakMb:0} MB | {(big.WallMs <= 2000 && big.PeakMb <= 300 ? "pass" : "FAIL")} |");

    // Paired: the seeds alone, then the seeds beside a 3 GB sparse file, in turn; the difference is what the big file costs.
    var (seeds, withOversized) = scale.Oversized(3L * 1024 * 1024 * 1024);
    var pairs = Enumerable.Range(0, quick ? 3 : 7).Select(_ => (Alone: scale.Run("validate", "--data", seeds), Beside: scale.Run("validate", "--data", withOversized))).ToList();
    if (pairs.Any(p => p.Alone.ExitCode != 0 || p.Beside.ExitCode == 0 || !p.Beside.Output.Contains("huge.json", StringComparison.Ordinal)))
    {
        throw new InvalidOperationException("validate did not reject the 3 GB file by name: " + pairs[0].Beside.Output);
    }

    var extraMs = Stats.Of(pairs.Select(p => p.Beside.WallMs - p.Alone.WallMs).ToList()).Median;
    var extraCpuMs = Stats.Of(pairs.Select(p => p.Beside.CpuMs - p.Alone.CpuMs).ToList()).Median;
    var extraMb = Stats.Of(pairs.Select(p => p.Beside.PeakMb - p.Alone.PeakMb).ToList()).Median;
    Print($"| validate, seeds beside a 3 GB sparse file, minus the seeds alone (paired, {pairs.Count} pairs) | {extraMs / 1000:0.000} | {extraCpuMs / 1000:0.000} | {extraMb:+0;-0;0} | 1 |");
    targets.Add($"| Oversized file (3 GB) rejected | ≤ 100 ms, ≤ 50 MB extra | {extraMs:0} ms wall ({extraCpuMs:0} ms CPU), {extraMb:+0;-0;0} MB extra | {(extraMs <= 100 && extraMb <= 50 ? "pass" : "FAIL")} |");
    Print("");
    scale.Delete();
}

if (targets.Count > 0)
{
    Print($"## Targets (issues 12 and 14) — {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, load average now {Load()}");
    Print("");
    Print("| Target | Bound | Measured | Verdict |");
    Print("|---|---|---|---|");
    targets.ForEach(Print);
    Print("");
}

var resultsDir = Path.Combine(Paths.Root, "bench", "results");
Directory.CreateDirectory(resultsDir);
await File.WriteAllLinesAsync(Path.Combine(resultsDir, "latest.md"), report);
return 0;
