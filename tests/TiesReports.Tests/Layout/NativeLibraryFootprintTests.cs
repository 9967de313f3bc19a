namespace TiesReports.Tests.Layout;

/// <summary>
/// A build without a runtime identifier (this test project's own output, like `dotnet run` of the CLI) keeps only
/// this operating system's HarfBuzz libraries and no native debug symbols (see Directory.Build.targets).
/// </summary>
public sealed class NativeLibraryFootprintTests
{
    private static readonly string Runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");

    [Fact]
    public void BuildOutput_KeepsThisSystemsHarfBuzzLibrary()
    {
        Assert.True(File.Exists(Path.Combine(Runtimes, "linux-x64", "native", "libHarfBuzzSharp.so")), "the linux-x64 shaping library");
    }

    [Fact]
    public void BuildOutput_HasNoOtherSystemsNativeLibrariesOrDebugSymbols()
    {
        var natives = Directory.EnumerateFiles(Runtimes, "*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}native{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Runtimes, f))
            .ToList();

        Assert.NotEmpty(natives);
        Assert.All(natives, f => Assert.StartsWith("linux", f, StringComparison.Ordinal));
        Assert.DoesNotContain(natives, f => f.EndsWith(".pdb", StringComparison.Ordinal));
    }
}
