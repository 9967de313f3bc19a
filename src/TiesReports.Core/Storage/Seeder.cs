namespace TiesReports.Core.Storage;

/// <summary>Copies data files from a local folder into a store's data area (Azurite or Azure).</summary>
public static class Seeder
{
    /// <summary>Uploads every data file and schema under <paramref name="folder"/>; returns the names written.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(string folder, IReportStore target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The seed folder '{folder}' does not exist.");
        }

        var written = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (StoreNames.Check(name) is not null)
            {
                continue;
            }

            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            await target.WriteAsync(StoreArea.Data, name, content, WriteRequest.Json, cancellationToken);
            written.Add(name);
        }

        return written;
    }
}
