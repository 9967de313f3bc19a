using System.Diagnostics;

namespace TiesReports.Benchmarks;

/// <summary>The README's main command as a whole process: start to PDF written.</summary>
internal static class ColdStart
{
    public static Stats Measure(int runs)
    {
        if (!File.Exists(Paths.Cli))
        {
            throw new InvalidOperationException($"Build the CLI first ({Paths.Cli} is missing).");
        }

        var output = Path.Combine(Path.GetTempPath(), $"ties-cold-{Guid.NewGuid():N}.pdf");
        var samples = new List<double>();
        for (var i = 0; i < runs + 1; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Paths.Root };
            foreach (var arg in new[] { Paths.Cli, "brief", "dalian-arkhangelsk", "--data", Paths.Seeds, "--out", output })
            {
                start.ArgumentList.Add(arg);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            watch.Stop();
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException("The CLI did not write the brief: " + process.StandardError.ReadToEnd());
            }

            // The first run warms the OS file cache; it is not counted.
            if (i > 0)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }

            File.Delete(output);
        }

        return Stats.Of(samples);
    }
}
