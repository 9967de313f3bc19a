using Microsoft.Extensions.Configuration;
using TiesReports.Core.Storage;

namespace TiesReports.Tests.Storage;

public sealed class StorageConnectionTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void ConnectionStringForm_IsUsedAsIs()
    {
        var connection = StorageConnection.FromConfiguration(Config(("AzureWebJobsStorage", "UseDevelopmentStorage=true")), "AzureWebJobsStorage");

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.False(connection.IsIdentityBased);
    }

    [Fact]
    public void IdentityForm_BuildsServiceUrisFromAccountName_WithUserAssignedClientId()
    {
        var connection = StorageConnection.FromConfiguration(
            Config(
                ("AzureWebJobsStorage:accountName", "stties"),
                ("AzureWebJobsStorage:credential", "managedidentity"),
                ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")),
            "AzureWebJobsStorage");

        Assert.True(connection.IsIdentityBased);
        Assert.Equal(new Uri("https://stties.blob.core.windows.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://stties.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal("00000000-0000-0000-0000-000000000001", connection.ClientId);
    }

    [Fact]
    public void NeitherForm_SaysWhichSettingsToAdd()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(Config(), "AzureWebJobsStorage"));

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
    }
}
