using System.Diagnostics;
using System.Reflection;

namespace TiesReports.Tests.Infra;

/// <summary>The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64), run as a process.</summary>
internal static class BicepCli
{
    public static string Path => typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;

    public static (int Exit, string StdOut, string StdErr) Run(params string[] args)
    {
        Assert.True(File.Exists(Path), $"The Bicep CLI was not restored at {Path}.");
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
