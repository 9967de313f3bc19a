using System.Globalization;
using System.Text.Json;

namespace TiesReports.Benchmarks;

/// <summary>
/// Data at real scale through the CLI as whole processes: validate of many files, batch of 5,000 partnerships,
/// one brief out of 100,000 partnerships in one file, and an oversized file beside the seeds.
/// </summary>
internal sealed class Scale(ColdStart.Launcher cli, string folder)
{
    public static Scale Create(ColdStart.Launcher cli) => new(cli, Directory.CreateTempSubdirectory("ties-scale-").FullName);

    public string Cli => cli.Name;

    /// <summary>A places file and one file per partnership (generate --split), as sized in docs/performance.md since issue 12.</summary>
    public string Split(int partnerships)
    {
        var path = Path.Combine(folder, $"split-{partnerships}");
        Run("generate", "--split", "--partnerships", Text(partnerships), "--years", "1", "--sectors", "2", "--events", "2", "--out", path);
        return path;
    }

    /// <summary>
    /// One file with every partnership, lean (generate --lean: required fields only, partnerships between every pair
    /// of a few hundred places): 100,000 fit in 15 MB, under the 16 MiB file limit.
    /// </summary>
    public (string Folder, string Subject) OneFile(int partnerships)
    {
        var path = Path.Combine(folder, $"one-{partnerships}");
        Directory.CreateDirectory(path);
        var file = Path.Combine(path, "synthetic.json");
        Run("generate", "--lean", "--partnerships", Text(partnerships), "--out", file);
        using var stream = File.OpenRead(file);
        using var json = JsonDocument.Parse(stream);
        return (path, json.RootElement.GetProperty("partnerships")[0].GetProperty("id").GetString()!);
    }

    /// <summary>The seeds beside a sparse file of the given size: the listing says how large it is, no byte is written.</summary>
    public (string Seeds, string WithOversized) Oversized(long bytes)
    {
        var seeds = Path.Combine(folder, "seeds");
        var withOversized = Path.Combine(folder, "seeds-oversized");
        foreach (var target in new[] { seeds, withOversized })
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(Paths.Seeds, "*.json"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }

        using (var sparse = File.Create(Path.Combine(withOversized, "huge.json")))
        {
            sparse.SetLength(bytes);
        }

        return (seeds, withOversized);
    }

    public ProcessRun Run(params string[] arguments) => ProcessRun.Start(cli.File, [.. cli.Prefix, .. arguments]);

    public void Delete() => Directory.Delete(folder, recursive: true);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
