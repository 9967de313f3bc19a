namespace TiesReports.Tests.Infrastructure;

/// <summary>Finds the repository root from the test binaries, so tests use the real seeds/ and node_modules/.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TiesReports.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TiesReports.sln not found above " + AppContext.BaseDirectory);
    }
}
