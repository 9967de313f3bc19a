using TiesReports.Core.Loading;
using TiesReports.Core.Storage;

namespace TiesReports.Cli;

/// <summary>
/// The briefs area as `ties brief` has always laid it out: one folder holding "{subject}-{yyyy-MM}.pdf" (or the
/// --out file name) with "{subject}-{yyyy-MM}.briefing.json" beside it, where the service names them
/// "{subject}/{yyyy-MM}.pdf" and ".json" (a Russian or Chinese brief "….ru.pdf", "….ru.briefing.json"). Only names are translated: every read and atomic write is the folder
/// store's. Data passes through unchanged.
/// </summary>
internal sealed class BriefOutputFolder(FolderReportStore folder, string? pdfFileName) : IReportStore
{
    public string Describe(StoreArea area, string name) => folder.Describe(area, Map(area, name));

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(StoreArea area, string? prefix, CancellationToken cancellationToken) =>
        area == StoreArea.Data ? folder.ListAsync(area, prefix, cancellationToken) : throw NotListable();

    public Task<StoredObjectPage> ListPageAsync(StoreArea area, string? prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        area == StoreArea.Data ? folder.ListPageAsync(area, prefix, pageSize, continuationToken, cancellationToken) : throw NotListable();

    public async Task<StoredObjectInfo?> GetInfoAsync(StoreArea area, string name, CancellationToken cancellationToken) =>
        Rename(await folder.GetInfoAsync(area, Map(area, name), cancellationToken), name);

    public async Task<StoredObject?> ReadAsync(StoreArea area, string name, CancellationToken cancellationToken) =>
        await folder.ReadAsync(area, Map(area, name), cancellationToken) is { } stored ? stored with { Info = Rename(stored.Info, name)! } : null;

    public async Task<StoredObject?> ReadAsync(StoreArea area, string name, long maxBytes, CancellationToken cancellationToken) =>
        await folder.ReadAsync(area, Map(area, name), maxBytes, cancellationToken) is { } stored ? stored with { Info = Rename(stored.Info, name)! } : null;

    public async Task<WriteResult> WriteAsync(StoreArea area, string name, ReadOnlyMemory<byte> content, WriteRequest request, CancellationToken cancellationToken)
    {
        var result = await folder.WriteAsync(area, Map(area, name), content, request, cancellationToken);
        return result with { Current = Rename(result.Current, name) };
    }

    public Task CheckAvailableAsync(CancellationToken cancellationToken) => folder.CheckAvailableAsync(cancellationToken);

    /// <summary>"dalian/2026-11.pdf" → "dalian-2026-11.pdf" (or the --out name); "dalian/2026-10.json" → "dalian-2026-10.briefing.json".</summary>
    private string Map(StoreArea area, string name)
    {
        if (area == StoreArea.Data)
        {
            return name;
        }

        if (name.EndsWith(".pdf", StringComparison.Ordinal) && pdfFileName is not null)
        {
            // A run writes one brief, so its one PDF takes the name the user chose.
            return pdfFileName;
        }

        var flat = name.Replace('/', '-');
        return flat.EndsWith(".json", StringComparison.Ordinal) ? flat[..^".json".Length] + DatasetLoader.BriefingModelSuffix : flat;
    }

    private static StoredObjectInfo? Rename(StoredObjectInfo? info, string name) => info is null ? null : info with { Name = name };

    private static NotSupportedException NotListable() => new("The CLI's output folder holds the briefs of one run; list stored briefs with 'batch' output or the API.");
}
