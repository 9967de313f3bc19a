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
int Runs(int full) => quick ? Math.Max(3, full / 10) : full;
var report = new List<string>
{
    $"TiesReports benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC",
    $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}",
    "",
};

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
Print("## Rendering (warm, one thread; ms per brief = build the briefing + render the PDF)");
Print("");
Print("| Brief | Data rows | Pages | Median ms | p95 ms | Pages/s | Size KiB |");
Print("|---|---:|---:|---:|---:|---:|---:|");
var dalian = Datasets.Dalian();
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
    Print($"| {name} | {rows:N0} | {pages} | {stats.Median:0.0} | {stats.P95:0.0} | {pages / (stats.Median / 1000):0} | {pdf.Length / 1024.0:0.0} |");
}

Print("");
Print($"Scaling: 10× data costs {medians["Synthetic 10×"] / medians["Synthetic 1×"]:0.0}× the time of 1×; 100× costs {medians["Synthetic 100×"] / medians["Synthetic 1×"]:0.0}×.");
Print("");

// 2. Where the time goes (stopwatch spans on the Dalian brief).
var spanRuns = Runs(300);
var dalianWarm = Datasets.Brief(dalian, "dalian-arkhangelsk");
WarmUp(() => PdfRenderer.Layout(new BriefingDocument(dalianWarm).Compose()));
var build = Stats.Time(spanRuns, () => Datasets.Brief(dalian, "dalian-arkhangelsk"));
var dalianBriefing = Datasets.Brief(dalian, "dalian-arkhangelsk");
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

// 3. Memory and throughput over 1,000 briefs, each worker count in a fresh process.
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

// 4. Cold start of the README's main command.
var cold = ColdStart.Measure(quick ? 3 : 7);
Print("## Cold start of the main command (`ties brief dalian-arkhangelsk`, process start to PDF written)");
Print("");
Print($"Median {cold.Median:0} ms (min {cold.Min:0}, max {cold.Max:0}, {cold.Count} runs).");
Print("");

// 5. The HTTP path on Azurite.
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

// 6. Side by side with warm headless Chromium on the same content.
Print("## Side by side: headless Chromium printing the same brief as HTML");
Print("");
if (ChromiumSideBySide.Available)
{
    WarmUp(() => BriefRenderer.Render(dalianBriefing));
    var ours = Stats.Time(Runs(200), () => BriefRenderer.Render(dalianBriefing));
    var (chrome, chromeBytes) = await ChromiumSideBySide.MeasureAsync(dalianBriefing, Runs(40));
    Print("| Engine | Median ms | p95 ms | Size KiB |");
    Print("|---|---:|---:|---:|");
    Print($"| TiesReports (PDFsharp + own layout) | {ours.Median:0.0} | {ours.P95:0.0} | {BriefRenderer.Render(dalianBriefing).Length / 1024.0:0.0} |");
    Print($"| Headless Chromium (warm, PuppeteerSharp) | {chrome.Median:0.0} | {chrome.P95:0.0} | {chromeBytes / 1024.0:0.0} |");
    Print("");
    Print($"TiesReports is {chrome.Median / ours.Median:0.0}× faster (median).");
}
else
{
    Print($"Chromium is not installed ({ChromiumSideBySide.Executable}); install it with `apt-get install chromium` to fill this column. Skipped.");
}

var resultsDir = Path.Combine(Paths.Root, "bench", "results");
Directory.CreateDirectory(resultsDir);
await File.WriteAllLinesAsync(Path.Combine(resultsDir, "latest.md"), report);
return 0;
