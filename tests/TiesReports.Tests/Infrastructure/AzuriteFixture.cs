using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;

namespace TiesReports.Tests.Infrastructure;

/// <summary>One Azurite shared by a test collection; each test takes containers of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public string ConnectionString => Azurite.ConnectionString;

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();

    /// <summary>A blob store on fresh, uniquely named containers.</summary>
    public BlobReportStore CreateStore(out BlobStoreOptions options)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        options = new BlobStoreOptions { DataContainer = "data-" + suffix, BriefsContainer = "briefs-" + suffix };
        return new BlobReportStore(new BlobServiceClient(ConnectionString), Options.Create(options));
    }
}
