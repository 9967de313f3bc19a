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
    public async Task FileCopiedInByHand_GetsAnETagFromItsContent()
    {
        Directory.CreateDirectory(_folder.Combine("briefs", "manual"));
        await File.WriteAllTextAsync(_folder.Combine("briefs", "manual", "2026-11.pdf"), "hand made");

        var info = await Store.GetInfoAsync(StoreArea.Briefs, "manual/2026-11.pdf", CancellationToken.None);

        Assert.Equal(ContentHash.ETagOf("hand made"u8), info!.ETag);
        Assert.Empty(info.Metadata);
    }

    public void Dispose() => _folder.Dispose();
}
