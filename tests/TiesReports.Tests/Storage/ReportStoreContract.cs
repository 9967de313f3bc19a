using System.Text;
using TiesReports.Core.Storage;

namespace TiesReports.Tests.Storage;

/// <summary>
/// What every <see cref="IReportStore"/> must do, run against the folder store and against Blob Storage on
/// Azurite: the same behaviour whichever store a deployment uses.
/// </summary>
public abstract class ReportStoreContract
{
    protected abstract IReportStore Store { get; }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static WriteRequest Pdf(WriteCondition condition = WriteCondition.Overwrite, string? etag = null) =>
        new("application/pdf", new Dictionary<string, string> { ["inputhash"] = "abc" }, condition, etag);

    [Fact]
    public async Task Write_ThenRead_ReturnsContentETagAndMetadata()
    {
        var written = await Store.WriteAsync(StoreArea.Briefs, "p1/2026-11.pdf", Bytes("%PDF-1"), Pdf(), CancellationToken.None);

        var read = await Store.ReadAsync(StoreArea.Briefs, "p1/2026-11.pdf", CancellationToken.None);

        Assert.True(written.Written);
        Assert.NotNull(read);
        Assert.Equal("%PDF-1", Encoding.UTF8.GetString(read.Content.Span));
        Assert.Equal(written.Current!.ETag, read.Info.ETag);
        Assert.Equal("abc", read.Info.Metadata["inputhash"]);
        Assert.Equal(6, read.Info.Size);
    }

    [Fact]
    public async Task CappedRead_ReturnsAnObjectUpToTheCap_AndRefusesALargerOne()
    {
        await Store.WriteAsync(StoreArea.Briefs, "cap/2026-11.pdf", new byte[5_000], Pdf(), CancellationToken.None);

        var within = await Store.ReadAsync(StoreArea.Briefs, "cap/2026-11.pdf", 5_000, CancellationToken.None);
        var error = await Assert.ThrowsAsync<StoredObjectTooLargeException>(() => Store.ReadAsync(StoreArea.Briefs, "cap/2026-11.pdf", 4_999, CancellationToken.None));

        Assert.Equal(5_000, within!.Content.Length);
        Assert.Equal(5_000, error.Size);
        Assert.Contains("cap/2026-11.pdf", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.ReadAsync(StoreArea.Briefs, "nobody/2026-11.pdf", 4_999, CancellationToken.None));
    }

    [Fact]
    public async Task Read_OfMissingObject_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync(StoreArea.Briefs, "nobody/2026-11.pdf", CancellationToken.None));
        Assert.Null(await Store.GetInfoAsync(StoreArea.Briefs, "nobody/2026-11.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task CreateIfAbsent_SecondWriteLoses_AndFirstContentStays()
    {
        var first = await Store.WriteAsync(StoreArea.Briefs, "p2/2026-11.pdf", Bytes("first"), Pdf(WriteCondition.CreateIfAbsent), CancellationToken.None);
        var second = await Store.WriteAsync(StoreArea.Briefs, "p2/2026-11.pdf", Bytes("second"), Pdf(WriteCondition.CreateIfAbsent), CancellationToken.None);

        var read = await Store.ReadAsync(StoreArea.Briefs, "p2/2026-11.pdf", CancellationToken.None);
        Assert.True(first.Written);
        Assert.False(second.Written);
        Assert.Equal(first.Current!.ETag, second.Current!.ETag);
        Assert.Equal("first", Encoding.UTF8.GetString(read!.Content.Span));
    }

    [Fact]
    public async Task ConcurrentCreateIfAbsent_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 16).Select(i =>
            Store.WriteAsync(StoreArea.Briefs, "p3/2026-11.pdf", Bytes($"writer {i}"), Pdf(WriteCondition.CreateIfAbsent), CancellationToken.None));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Written);
        var listing = await Store.ListAsync(StoreArea.Briefs, "p3/", CancellationToken.None);
        Assert.Equal(["p3/2026-11.pdf"], listing.Select(i => i.Name));
    }

    [Fact]
    public async Task IfMatch_ReplacesOnlyTheVersionItSaw()
    {
        var v1 = await Store.WriteAsync(StoreArea.Briefs, "p4/2026-11.pdf", Bytes("v1"), Pdf(), CancellationToken.None);
        var v2 = await Store.WriteAsync(StoreArea.Briefs, "p4/2026-11.pdf", Bytes("v2"), Pdf(WriteCondition.IfMatch, v1.Current!.ETag), CancellationToken.None);
        var stale = await Store.WriteAsync(StoreArea.Briefs, "p4/2026-11.pdf", Bytes("v3"), Pdf(WriteCondition.IfMatch, v1.Current!.ETag), CancellationToken.None);

        var read = await Store.ReadAsync(StoreArea.Briefs, "p4/2026-11.pdf", CancellationToken.None);
        Assert.True(v2.Written);
        Assert.False(stale.Written);
        Assert.Equal("v2", Encoding.UTF8.GetString(read!.Content.Span));
    }

    [Fact]
    public async Task List_FiltersByPrefix_AndShowsOnlyCompleteObjects()
    {
        await Store.WriteAsync(StoreArea.Briefs, "a/2026-10.pdf", Bytes("1"), Pdf(), CancellationToken.None);
        await Store.WriteAsync(StoreArea.Briefs, "a/2026-11.pdf", Bytes("22"), Pdf(), CancellationToken.None);
        await Store.WriteAsync(StoreArea.Briefs, "b/2026-11.pdf", Bytes("333"), Pdf(), CancellationToken.None);

        var listing = await Store.ListAsync(StoreArea.Briefs, "a/", CancellationToken.None);

        Assert.Equal(["a/2026-10.pdf", "a/2026-11.pdf"], listing.Select(i => i.Name));
        Assert.Equal([1L, 2L], listing.Select(i => i.Size));
    }

    [Fact]
    public async Task ListPage_WalksThePrefixInPages_UntilNoTokenIsLeft()
    {
        foreach (var name in new[] { "m/2026-01.pdf", "m/2026-02.pdf", "m/2026-03.pdf", "m/2026-04.pdf", "m/2026-05.pdf", "mx/2026-01.pdf" })
        {
            await Store.WriteAsync(StoreArea.Briefs, name, Bytes(name), Pdf(), CancellationToken.None);
        }

        var first = await Store.ListPageAsync(StoreArea.Briefs, "m/", 2, null, CancellationToken.None);
        var second = await Store.ListPageAsync(StoreArea.Briefs, "m/", 2, first.ContinuationToken, CancellationToken.None);
        var third = await Store.ListPageAsync(StoreArea.Briefs, "m/", 2, second.ContinuationToken, CancellationToken.None);

        Assert.Equal(["m/2026-01.pdf", "m/2026-02.pdf"], first.Items.Select(i => i.Name));
        Assert.Equal(["m/2026-03.pdf", "m/2026-04.pdf"], second.Items.Select(i => i.Name));
        Assert.Equal(["m/2026-05.pdf"], third.Items.Select(i => i.Name));
        Assert.Null(third.ContinuationToken);
    }

    [Theory]
    [InlineData("not a token!")]
    [InlineData("bS8yMDI2LTAyLnBkZg")]
    public async Task ListPage_WithATokenItDidNotHandOut_IsRefused(string token)
    {
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => Store.ListPageAsync(StoreArea.Briefs, "m/", 2, token, CancellationToken.None));
    }

    [Fact]
    public async Task ListPage_WithATokenOfAnotherPrefix_IsRefused()
    {
        await Store.WriteAsync(StoreArea.Briefs, "n/2026-01.pdf", Bytes("1"), Pdf(), CancellationToken.None);
        await Store.WriteAsync(StoreArea.Briefs, "n/2026-02.pdf", Bytes("2"), Pdf(), CancellationToken.None);
        var first = await Store.ListPageAsync(StoreArea.Briefs, "n/", 1, null, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => Store.ListPageAsync(StoreArea.Briefs, "o/", 1, first.ContinuationToken, CancellationToken.None));
    }

    [Theory]
    [InlineData("../outside.pdf")]
    [InlineData("a/../../outside.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.pdf")]
    [InlineData(".hidden.pdf")]
    [InlineData("a\\b.pdf")]
    [InlineData("%2e%2e/x.pdf")]
    public async Task UnsafeName_IsRefusedBeforeAnythingIsWritten(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(StoreArea.Briefs, name, Bytes("x"), Pdf(), CancellationToken.None));

        Assert.Empty(await Store.ListAsync(StoreArea.Briefs, prefix: null, CancellationToken.None));
    }

    [Fact]
    public async Task DataArea_IsSeparateFromBriefs()
    {
        await Store.WriteAsync(StoreArea.Data, "one.json", Bytes("{}"), WriteRequest.Json, CancellationToken.None);

        Assert.Equal(["one.json"], (await Store.ListAsync(StoreArea.Data, null, CancellationToken.None)).Select(i => i.Name));
        Assert.Empty(await Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
    }
}
