using TiesReports.Core.Storage;

namespace TiesReports.Tests.Storage;

/// <summary>Reading a stream of announced length under a cap, including one that grows while it is read.</summary>
public sealed class BoundedReadTests
{
    private static readonly byte[] Content = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public async Task AnnouncedLength_ReadsEveryByte()
    {
        var read = await BoundedRead.ReadAllAsync(new MemoryStream(Content), "f", Content.Length, 1_000_000, CancellationToken.None);

        Assert.Equal(Content, read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9_999)]
    public async Task LongerThanAnnounced_WithinTheCap_ReadsEveryByte(long announced)
    {
        var read = await BoundedRead.ReadAllAsync(new MemoryStream(Content), "f", announced, 1_000_000, CancellationToken.None);

        Assert.Equal(Content, read);
    }

    [Fact]
    public async Task ShorterThanAnnounced_ReadsWhatIsThere()
    {
        var read = await BoundedRead.ReadAllAsync(new MemoryStream(Content), "f", 20_000, 1_000_000, CancellationToken.None);

        Assert.Equal(Content, read);
    }

    [Theory]
    [InlineData(100, 9_999)]
    [InlineData(9_999, 9_999)]
    [InlineData(0, 5_000)]
    public async Task GrowingPastTheCap_IsRefused_AfterReadingOneByteMoreThanTheCap(long announced, long cap)
    {
        var error = await Assert.ThrowsAsync<StoredObjectTooLargeException>(() => BoundedRead.ReadAllAsync(new MemoryStream(Content), "data/f.json", announced, cap, CancellationToken.None));

        Assert.Equal(cap + 1, error.Size);
    }

    [Fact]
    public async Task ExactlyTheCap_IsRead()
    {
        var read = await BoundedRead.ReadAllAsync(new MemoryStream(Content), "f", 5, Content.Length, CancellationToken.None);

        Assert.Equal(Content, read);
    }
}
