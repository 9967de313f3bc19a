using System.Diagnostics;

namespace TiesReports.Tests.Infrastructure;

/// <summary>Runs the real CLI (the built ties.dll) as a separate process, the way users run it.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>
    /// The CLI from its own build output (same configuration as the tests): the test folder shares
    /// ASP.NET Core's framework with the Functions app, which the CLI's runtime configuration does not name.
    /// </summary>
    public static string CliPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "TiesReports.Cli", "bin", configuration, "net10.0", "ties.dll");
        }
    }

    public static Task<Result> RunAsync(string workingDirectory, IDictionary<string, string>? environment, params string[] args) =>
        RunProgramAsync("dotnet", workingDirectory, environment, [CliPath, .. args]);

    /// <summary>Any build of the CLI, such as the native one (<see cref="Cli.NativeAotCliTests"/>).</summary>
    public static async Task<Result> RunProgramAsync(string program, string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("AzureWebJobsStorage");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static Task<Result> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);
}
