using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Storage;

public sealed class FolderReportStoreTests : ReportStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public FolderReportStoreTests()
    {
        Store = new FolderReportStore(new FolderStoreOptions { DataPath = _folder.Combine("data"), BriefsPath = _folder.Combine("briefs") });
    }

    protected override IReportStore Store { get; }

    [Fact]
    public async Task Write_LeavesNoTemporaryFilesBehind()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.WriteAsync(StoreArea.Briefs, "x/2026-11.pdf", new byte[1000 * i], new WriteRequest("application/pdf"), CancellationToken.None);
        }

        var files = Directory.EnumerateFiles(_folder.Combine("briefs"), "*", SearchOption.AllDirectories).Select(Path.GetFileName);
        Assert.DoesNotContain(files, f => f!.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(4000, new FileInfo(_folder.Combine("briefs", "x", "2026-11.pdf")).Length);
    }

    [Fact]
    public async Task FileCopiedInByHand_GetsAnETagFromItsLengthAndTime_AndAChangeChangesIt()
    {
        Directory.CreateDirectory(_folder.Combine("briefs", "manual"));
        var path = _folder.Combine("briefs", "manual", "2026-11.pdf");
        await File.WriteAllTextAsync(path, "hand made");
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

        var info = await Store.GetInfoAsync(StoreArea.Briefs, "manual/2026-11.pdf", CancellationToken.None);
        await File.WriteAllTextAsync(path, "hand made, edited");
        var edited = await Store.GetInfoAsync(StoreArea.Briefs, "manual/2026-11.pdf", CancellationToken.None);
        var listed = Assert.Single(await Store.ListAsync(StoreArea.Briefs, "manual/", CancellationToken.None));

        Assert.Matches("^\"[0-9a-f]+-[0-9a-f]+\"$", info!.ETag);
        Assert.Empty(info.Metadata);
        Assert.NotEqual(info.ETag, edited!.ETag);
        Assert.Equal(edited.ETag, listed.ETag);
    }

    [Fact]
    public async Task EditByHandAfterAWrite_MakesTheSidecarStale()
    {
        await Store.WriteAsync(StoreArea.Briefs, "e/2026-11.pdf", "written"u8.ToArray(), new WriteRequest("application/pdf"), CancellationToken.None);
        var written = await Store.GetInfoAsync(StoreArea.Briefs, "e/2026-11.pdf", CancellationToken.None);
        var path = _folder.Combine("briefs", "e", "2026-11.pdf");
        await File.WriteAllTextAsync(path, "changed");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        var listed = Assert.Single(await Store.ListAsync(StoreArea.Briefs, "e/", CancellationToken.None));

        Assert.NotEqual(written!.ETag, listed.ETag);
        Assert.Empty(listed.Metadata);
    }

    [Theory]
    [InlineData(3L * 1024 * 1024 * 1024)]
    [InlineData(1024L * 1024 * 1024 * 1024)]
    public async Task SparseHugeFile_IsListedWithoutReading_AndACappedReadRefusesIt(long size)
    {
        Directory.CreateDirectory(_folder.Combine("data"));
        using (var stream = new FileStream(_folder.Combine("data", "huge.json"), FileMode.Create))
        {
            stream.SetLength(size);
        }

        var listed = Assert.Single(await Store.ListAsync(StoreArea.Data, null, CancellationToken.None));
        var error = await Assert.ThrowsAsync<StoredObjectTooLargeException>(() => Store.ReadAsync(StoreArea.Data, "huge.json", 1_000, CancellationToken.None));

        Assert.Equal(size, listed.Size);
        Assert.Equal(size, error.Size);
    }

    public void Dispose() => _folder.Dispose();
}
