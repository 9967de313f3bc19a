using System.Diagnostics;
using TiesReports.Briefs.Services;
using TiesReports.Core.Synthetic;

namespace TiesReports.Benchmarks;

/// <summary>
/// Renders many briefs in a fresh process and reports its peak resident memory (VmHWM), so each worker
/// count is measured on its own, from process start.
/// </summary>
internal static class MemoryRun
{
    public const string ChildFlag = "--memory-child";

    public static int RunChild(int count, int workers)
    {
        var dataset = Datasets.Load(Datasets.Synthetic(1, partnerships: 50));
        var dalian = Datasets.Dalian();
        var subjects = dataset.Partnerships.Select(p => (dataset, p.Id)).Append((dalian, "dalian-arkhangelsk")).ToArray();
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
        {
            var (data, id) = subjects[i % subjects.Length];
            Interlocked.Add(ref bytes, BriefRenderer.Render(Datasets.Brief(data, id)).Length);
        });
        watch.Stop();
        Console.WriteLine($"RESULT peakMB={PeakResidentMegabytes():0.0} seconds={watch.Elapsed.TotalSeconds:0.000} briefs={count} bytes={bytes}");
        return 0;
    }

    public static (double PeakMb, double BriefsPerSecond) Measure(int count, int workers)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(MemoryRun).Assembly.Location);
        start.ArgumentList.Add(ChildFlag);
        start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').Single(l => l.StartsWith("RESULT", StringComparison.Ordinal));
        var values = line.Split(' ').Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        return (values["peakMB"], values["briefs"] / values["seconds"]);
    }

    private static double PeakResidentMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
