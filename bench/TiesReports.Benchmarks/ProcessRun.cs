using System.Diagnostics;
using System.Globalization;

namespace TiesReports.Benchmarks;

/// <summary>One whole process, timed from start to exit: wall time, CPU time and peak resident memory.</summary>
/// <remarks>
/// CPU comes from this process's reaped-children counters in /proc/self/stat (the runtime reaps each child), peak
/// memory from the child's own high-water mark (VmHWM) read while it runs; no package reads either for another process.
/// </remarks>
internal sealed record ProcessRun(double WallMs, double CpuMs, double PeakMb, int ExitCode, string Output)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessRun Start(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Paths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var cpuBefore = ChildrenCpuMs();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0.0;
        var status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, HighWaterMb(status));
        }

        watch.Stop();
        return new ProcessRun(watch.Elapsed.TotalMilliseconds, ChildrenCpuMs() - cpuBefore, peak, process.ExitCode, output.Result + error.Result);
    }

    private static double HighWaterMb(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two reads.
        }

        return 0;
    }

    private static double ChildrenCpuMs()
    {
        // Fields after the command name start at "state" (field 3 of proc(5)); cutime and cstime are fields 16 and 17.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
    }
}
