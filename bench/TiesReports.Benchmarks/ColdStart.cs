namespace TiesReports.Benchmarks;

/// <summary>The ways to start the CLI for the README's main command, as whole processes (start to PDF written).</summary>
internal static class ColdStart
{
    /// <summary>Where README's publish command puts the native (Native AOT) CLI.</summary>
    public static string Published => Path.Combine(Paths.Root, "out", "cli", "ties");

    public static IReadOnlyList<Launcher> Launchers()
    {
        if (!File.Exists(Paths.Cli))
        {
            throw new InvalidOperationException($"Build the CLI first ({Paths.Cli} is missing).");
        }

        string[] brief = ["brief", "dalian-arkhangelsk", "--data", Paths.Seeds];
        var launchers = new List<Launcher>();
        if (File.Exists(Published))
        {
            launchers.Add(new("published (out/cli/ties)", Published, brief));
        }

        launchers.Add(new("build output (dotnet ties.dll)", "dotnet", [Paths.Cli, .. brief]));
        return launchers;
    }

    public sealed record Launcher(string Name, string File, IReadOnlyList<string> Arguments);
}
