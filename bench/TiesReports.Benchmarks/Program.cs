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

var quick = args.Contains("--quick");

// `--only NAME` runs one section (rendering, spans, memory, cold, http, peers, scale) while working on it.
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
Print("| Brief | Data rows | Pages | Median ms | p95 ms | Pages/s | Size KiB |");
Print("|---|---:|---:|---:|---:|---:|---:|");
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
    var stats = Stats.Time(runs, () => BriefRenderer.Render(Datasets.Brief(data, subject)));
    medians[name] = stats.Median;
    if (data == dalian)
    {
        targets.Add($"| Warm p95 ≤ 1.5× median (Dalian brief, one thread) | ≤ 1.5 | {stats.P95 / stats.Median:0.00} (median {stats.Median:0.0} ms, p95 {stats.P95:0.0} ms) | {(stats.P95 <= 1.5 * stats.Median ? "pass" : "FAIL")} |");
    }

    Print($"| {name} | {rows:N0} | {pages} | {stats.Median:0.0} | {stats.P95:0.0} | {pages / (stats.Median / 1000):0} | {pdf.Length / 1024.0:0.0} |");
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
Print($"| PDFsharp drawing, font subsetting, save, stabilize | {render.Median - layout.Median:0.00} | {(render.Median - layout.Median) / total:P0} |");
Print("");
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
    var coldRows = Peers.Cold(dalianBriefing, ColdStart.Launchers(), quick ? 5 : 11);
    Print("| Command | Median wall ms | p95 | Median CPU ms | Wall ÷ first (paired) | CPU ÷ first (paired) | Size KiB |");
    Print("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var row in coldRows)
    {
        Print($"| {row.Engine} | {row.Timing.Median:0} | {row.Timing.P95:0} | {row.Cpu.Median:0} | {row.RatioToFirst:0.00} | {row.CpuRatioToFirst:0.00} | {row.Bytes / 1024.0:0.0} |");
    }

    Print("");
    if (coldRows.FirstOrDefault(r => r.Engine.StartsWith("Typst", StringComparison.Ordinal)) is { } typstCold)
    {
        // The first row is the fastest way this machine has to start the CLI; the ratio is ours ÷ Typst's, pair by pair.
        var ratio = 1 / typstCold.RatioToFirst;
        var cpuRatio = 1 / typstCold.CpuRatioToFirst;
        targets.Add($"| Cold start ≤ Typst on the same content ({coldRows[0].Engine}) | ratio ≤ 1.0 (aim 0.6) | wall {ratio:0.00}, CPU {cpuRatio:0.00} | {(ratio <= 1.0 ? "pass" : "FAIL")} |");
    }
    else
    {
        Print($"Peers missing: {Peers.Missing}.");
    }

    Print("");
}

// 5. The HTTP path on Azurite.
if (Section("http"))
{
var (cached, first) = await HttpPath.MeasureAsync(Runs(200), Runs(40));
Print("## HTTP path (GetBrief against Azurite)");
Print("");
Print("| Request | Median ms | p95 ms |");
Print("|---|---:|---:|");
Print($"| Cached brief served from storage | {cached.Median:0.0} | {cached.P95:0.0} |");
Print($"| Brief rendered on first request and stored | {first.Median:0.0} | {first.P95:0.0} |");
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
    Print("| Engine | Median ms | p95 ms | ÷ TiesReports (paired median) | Size KiB |");
    Print("|---|---:|---:|---:|---:|");
    foreach (var row in warmRows)
    {
        Print($"| {row.Engine} | {row.Timing.Median:0.0} | {row.Timing.P95:0.0} | {row.RatioToFirst:0.0} | {row.Bytes / 1024.0:0.0} |");
    }

    Print("");
    if (Peers.Missing.Length > 0)
    {
        Print($"Peers missing: {Peers.Missing}.");
        Print("");
    }

    if (warmRows.FirstOrDefault(r => r.Engine.Contains("fresh", StringComparison.Ordinal)) is { } fresh)
    {
        targets.Add($"| Warm ≥ 5× faster than Typst on a fresh document | ≥ 5 | {fresh.RatioToFirst:0.0} | {(fresh.RatioToFirst >= 5 ? "pass" : "FAIL")} |");
    }
}

if (targets.Count > 0)
{
    Print($"## Targets (issue 12) — {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, load average now {Load()}");
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
