using System.Diagnostics;
using System.Globalization;
using TiesReports.Briefs.Document;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Layout.Fonts;
using TiesReports.Layout.Rendering;

namespace TiesReports.Benchmarks;

/// <summary>
/// Where a cold `brief` spends its time: the main command's steps, each timed the first time it runs in a fresh
/// process (first use pays for JIT, type loading and reading fonts), then once more warm.
/// </summary>
internal static class ColdSpans
{
    public const string ChildFlag = "--cold-spans-child";

    public static async Task<int> RunChildAsync()
    {
        var toMain = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var spans = new List<(string, double)> { ("Runtime start to Main (host, runtime, this assembly)", toMain.TotalMilliseconds) };
        T Span<T>(string name, Func<T> step)
        {
            var start = Stopwatch.GetTimestamp();
            var result = step();
            spans.Add((name, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            return result;
        }

        Span("Open the font library (first time)", () => FontLibrary.Instance);
        var store = new FolderReportStore(new FolderStoreOptions { DataPath = Paths.Seeds, BriefsPath = Path.GetTempPath() });
        var loaded = Span("Load and check the seeds (first time)", () => new DatasetLoader(ShippedFontCoverage.LoaderOptions()).LoadAsync(store, CancellationToken.None).GetAwaiter().GetResult());
        var request = new BriefRequest("dalian-arkhangelsk", Month.FromDate(loaded.Dataset.AsOf));
        var briefing = Span("Build the briefing (first time)", () => BriefService.Build(loaded, request));
        Span("Lay out the brief (first time)", () => PdfRenderer.Layout(new BriefingDocument(briefing).Compose()));
        Span("Lay out and draw the PDF (first time after layout)", () => BriefRenderer.Render(briefing));
        Span("Load and check the seeds (again)", () => new DatasetLoader(ShippedFontCoverage.LoaderOptions()).LoadAsync(store, CancellationToken.None).GetAwaiter().GetResult());
        Span("Build the briefing (again)", () => BriefService.Build(loaded, request));
        Span("Lay out the brief (again)", () => PdfRenderer.Layout(new BriefingDocument(briefing).Compose()));
        Span("Lay out and draw the PDF (again)", () => BriefRenderer.Render(briefing));
        foreach (var (name, ms) in spans)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SPAN {ms:0.0} {name}"));
        }

        await Console.Out.FlushAsync();
        return 0;
    }

    /// <summary>Medians over fresh processes.</summary>
    public static IReadOnlyList<(string Name, double Ms)> Measure(int runs)
    {
        var samples = new Dictionary<string, List<double>>();
        var order = new List<string>();
        for (var i = 0; i < runs; i++)
        {
            var run = ProcessRun.Start("dotnet", [typeof(ColdSpans).Assembly.Location, ChildFlag]);
            foreach (var line in run.Output.Split('\n').Where(l => l.StartsWith("SPAN ", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ', 3);
                if (!samples.TryGetValue(parts[2], out var list))
                {
                    samples[parts[2]] = list = [];
                    order.Add(parts[2]);
                }

                list.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
            }
        }

        return order.Select(name => (name, Stats.Of(samples[name]).Median)).ToList();
    }
}
