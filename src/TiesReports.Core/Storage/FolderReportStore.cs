using System.Collections.Concurrent;
using System.Text.Json;

namespace TiesReports.Core.Storage;

/// <summary>
/// A store on the local file system, the default of the CLI. Content is written to a temporary file in the
/// same folder and renamed into place, so a reader never sees half a file; metadata lives in a hidden
/// sidecar that is ignored unless it matches the content's hash.
/// </summary>
public sealed class FolderReportStore : IReportStore
{
    private const string SidecarSuffix = ".meta.json";

    // Conditional writes compare and replace under a lock per path; the rename itself is atomic.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> PathLocks = new(StringComparer.Ordinal);

    private readonly string _dataRoot;
    private readonly string _briefsRoot;

    public FolderReportStore(FolderStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A folder given as "out/" is the same folder as "out"; only a file system root keeps its separator.
        _dataRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DataPath));
        _briefsRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.BriefsPath));
    }

    public string Describe(StoreArea area, string name) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(Root(area), name)).Replace('\\', '/');

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(StoreArea area, string? prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredObjectInfo>>(List(area, prefix, cancellationToken));

    public Task<StoredObjectPage> ListPageAsync(StoreArea area, string? prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        // The token is the last name of the previous page; the next page starts after it.
        var after = continuationToken is null ? null : ContinuationTokens.Read(continuationToken, prefix);
        var rest = List(area, prefix, cancellationToken).SkipWhile(i => after is not null && string.CompareOrdinal(i.Name, after) <= 0).Take(pageSize + 1).ToList();
        var page = rest.Take(pageSize).ToList();
        var token = rest.Count > pageSize ? ContinuationTokens.Create(prefix, page[^1].Name) : null;
        return Task.FromResult(new StoredObjectPage(page, token));
    }

    public Task<StoredObjectInfo?> GetInfoAsync(StoreArea area, string name, CancellationToken cancellationToken)
    {
        var path = PathOf(area, name);
        return Task.FromResult(File.Exists(path) ? Describe(path, name, content: null) : null);
    }

    public Task<StoredObject?> ReadAsync(StoreArea area, string name, CancellationToken cancellationToken) =>
        ReadAsync(area, name, Array.MaxLength, cancellationToken);

    public async Task<StoredObject?> ReadAsync(StoreArea area, string name, long maxBytes, CancellationToken cancellationToken)
    {
        var path = PathOf(area, name);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        await using (stream)
        {
            // The length is known before reading: an oversized file costs nothing.
            if (stream.Length > maxBytes)
            {
                throw new StoredObjectTooLargeException(Describe(area, name), stream.Length, maxBytes);
            }

            var content = await BoundedRead.ReadAllAsync(stream, Describe(area, name), stream.Length, maxBytes, cancellationToken);
            return new StoredObject(Describe(path, name, content), content);
        }
    }

    public async Task<WriteResult> WriteAsync(StoreArea area, string name, ReadOnlyMemory<byte> content, WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = PathOf(area, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var gate = PathLocks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (request.Condition == WriteCondition.IfMatch)
            {
                var current = File.Exists(path) ? Describe(path, name, content: null) : null;
                if (current is null || current.ETag != request.ETag)
                {
                    return new WriteResult(false, current);
                }
            }

            var etag = ContentHash.ETagOf(content.Span);
            var temp = TempPathFor(path);
            await File.WriteAllBytesAsync(temp, content, cancellationToken);
            try
            {
                // Without overwrite the move fails when the target exists, which makes create-if-absent atomic.
                File.Move(temp, path, overwrite: request.Condition != WriteCondition.CreateIfAbsent);
            }
            catch (IOException) when (request.Condition == WriteCondition.CreateIfAbsent && File.Exists(path))
            {
                File.Delete(temp);
                return new WriteResult(false, Describe(path, name, content: null));
            }

            var metadata = new Dictionary<string, string>(request.Metadata ?? new Dictionary<string, string>(), StringComparer.Ordinal)
            {
                ["contentType"] = request.ContentType,
            };
            await WriteSidecarAsync(path, new Sidecar(etag, content.Length, metadata), cancellationToken);
            return new WriteResult(true, Describe(path, name, content.ToArray()));
        }
        finally
        {
            gate.Release();
        }
    }

    public Task CheckAvailableAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_dataRoot))
        {
            throw new StorageUnavailableException($"The data folder '{_dataRoot}' does not exist.");
        }

        return Task.CompletedTask;
    }

    private List<StoredObjectInfo> List(StoreArea area, string? prefix, CancellationToken cancellationToken)
    {
        // The walk starts at the prefix's folder ("dalian/" lists only briefs/dalian), as a blob prefix listing would.
        var slash = prefix?.LastIndexOf('/') ?? -1;
        var folder = slash > 0 ? prefix![..slash] : null;
        if (folder is not null && StoreNames.Check(folder) is not null)
        {
            return [];
        }

        var root = folder is null ? Root(area) : Path.Combine(Root(area), folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        // One walk of the folder gives every file's length and time; no file is opened to list it.
        var files = new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).ToDictionary(f => f.FullName, StringComparer.Ordinal);
        var items = new List<StoredObjectInfo>();
        foreach (var (path, file) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(Root(area), path).Replace('\\', '/');
            if (StoreNames.Check(name) is not null || (prefix is not null && !name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            items.Add(Describe(file, files.GetValueOrDefault(SidecarPathFor(path)), name, content: null));
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return items;
    }

    private string Root(StoreArea area) => area == StoreArea.Data ? _dataRoot : _briefsRoot;

    private string PathOf(StoreArea area, string name)
    {
        StoreNames.Validate(name);
        var root = Root(area);
        var path = Path.GetFullPath(Path.Combine(root, name));

        // StoreNames already forbids '..'; this is the belt to its braces.
        if (!path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Object name resolves outside the store.", nameof(name));
        }

        return path;
    }

    private static string TempPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");

    private static string SidecarPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}{SidecarSuffix}");

    private static StoredObjectInfo Describe(string path, string name, byte[]? content)
    {
        var sidecar = new FileInfo(SidecarPathFor(path));
        return Describe(new FileInfo(path), sidecar.Exists ? sidecar : null, name, content);
    }

    private static StoredObjectInfo Describe(FileInfo file, FileInfo? sidecarFile, string name, byte[]? content)
    {
        // The sidecar counts only while it is younger than the content and agrees on its length (and, when the
        // content is at hand, on its hash): an edit by hand makes it stale.
        var sidecar = sidecarFile is not null && sidecarFile.LastWriteTimeUtc >= file.LastWriteTimeUtc ? ReadSidecar(file.FullName) : null;
        if (sidecar is not null && sidecar.Size == file.Length && (content is null || sidecar.ETag == ContentHash.ETagOf(content)))
        {
            return new StoredObjectInfo(name, file.Length, file.LastWriteTimeUtc, sidecar.ETag, sidecar.Metadata);
        }

        // A file copied in by hand has no (or a stale) sidecar: its length and time stand for its content, as a
        // web server's ETag does, so that listing never reads a file (which may be 3 GB or sparse).
        var etag = $"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"";
        return new StoredObjectInfo(name, file.Length, file.LastWriteTimeUtc, etag, new Dictionary<string, string>());
    }

    private static Sidecar? ReadSidecar(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(SidecarPathFor(path)), StorageJsonContext.Default.Sidecar);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static async Task WriteSidecarAsync(string path, Sidecar sidecar, CancellationToken cancellationToken)
    {
        var sidecarPath = SidecarPathFor(path);
        var temp = TempPathFor(sidecarPath);
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(sidecar, StorageJsonContext.Default.Sidecar), cancellationToken);
        File.Move(temp, sidecarPath, overwrite: true);
    }

    internal sealed record Sidecar(string ETag, long Size, Dictionary<string, string> Metadata);
}
