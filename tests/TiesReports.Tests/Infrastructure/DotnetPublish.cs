using System.Diagnostics;

namespace TiesReports.Tests.Infrastructure;

/// <summary>Runs `dotnet publish` from the repository root as a shell would, for tests of what a publish ships.</summary>
public static class DotnetPublish
{
    public static async Task<(int ExitCode, string Log)> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Prepend("publish"))
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` points MSBuild at its own instance; the publish must resolve its SDK like a shell would.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
