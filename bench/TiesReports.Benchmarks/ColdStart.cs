namespace TiesReports.Benchmarks;

/// <summary>The ways to start the CLI for the README's main command, as whole processes (start to PDF written).</summary>
internal static class ColdStart
{
    /// <summary>Where the publish command of docs/performance.md puts the ReadyToRun CLI.</summary>
    public static string Published => Path.Combine(Paths.Root, "out", "ties", "ties");

    /// <summary>Where the Native AOT publish command of docs/performance.md puts the native CLI.</summary>
    public static string NativeAot => Path.Combine(Paths.Root, "out", "ties-aot", "ties");

    public static IReadOnlyList<Launcher> Launchers()
    {
        if (!File.Exists(Paths.Cli))
        {
            throw new InvalidOperationException($"Build the CLI first ({Paths.Cli} is missing).");
        }

        var launchers = new List<Launcher>();
        if (File.Exists(Published))
        {
            launchers.Add(new("published ReadyToRun (out/ties/ties)", Published, []));
        }

        if (File.Exists(NativeAot))
        {
            launchers.Add(new("Native AOT (out/ties-aot/ties)", NativeAot, []));
        }

        launchers.Add(new("build output (dotnet ties.dll)", "dotnet", [Paths.Cli]));
        return launchers;
    }

    /// <summary>The README's main command: the Dalian brief from the seeds.</summary>
    public static IReadOnlyList<string> MainCommand => ["brief", "dalian-arkhangelsk", "--data", Paths.Seeds];

    /// <summary>A program and what goes before the CLI's own arguments.</summary>
    public sealed record Launcher(string Name, string File, IReadOnlyList<string> Prefix);
}
