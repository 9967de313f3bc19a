using System.Text.RegularExpressions;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Delivery;

/// <summary>ties subscribe / subscriptions / deliver --dry-run / unsubscribe, as a user runs them, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class DeliveryCliTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Subscribe_List_DryRun_Unsubscribe()
    {
        var store = azurite.CreateStore(out var containers);
        await Seeder.SeedAsync(RepoPaths.Seeds, store, CancellationToken.None);
        var reader = $"cli-{Guid.NewGuid():N}@example.org";
        var env = new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString };
        Task<CliRunner.Result> Ties(params string[] args) => CliRunner.RunAsync(_work.Path, env, args);

        var subscribed = await Ties("subscribe", "dalian-arkhangelsk", "--email", reader, "--data-container", containers.DataContainer);
        var duplicate = await Ties("subscribe", "dalian-arkhangelsk", "--email", reader, "--data-container", containers.DataContainer);
        var unknown = await Ties("subscribe", "dalian-paris", "--email", reader, "--data-container", containers.DataContainer);
        var refused = await Ties("subscribe", "dalian-arkhangelsk", "--webhook", "https://169.254.169.254/hook", "--data-container", containers.DataContainer);
        var id = SubscriptionId().Match(subscribed.StdOut).Value;
        var listed = await Ties("subscriptions", "--subject", "dalian-arkhangelsk");
        var before = await Ties("deliver", "--period", "2026-12", "--dry-run", "--data-container", containers.DataContainer, "--briefs-container", containers.BriefsContainer);
        await new BriefService(store, new DatasetLoader()).GetOrCreateAsync(new BriefRequest("dalian-arkhangelsk", new Month(2026, 12)), BriefWriteMode.KeepExisting, CancellationToken.None);
        var after = await Ties("deliver", "--period", "2026-12", "--dry-run", "--data-container", containers.DataContainer, "--briefs-container", containers.BriefsContainer);
        var notDry = await Ties("deliver", "--period", "2026-12");
        var removed = await Ties("unsubscribe", id);
        var again = await Ties("unsubscribe", id);

        Assert.Equal(0, subscribed.ExitCode);
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains(id, duplicate.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("internal address", refused.StdErr, StringComparison.Ordinal);
        Assert.Contains($"{id}  dalian-arkhangelsk  email  {reader}  last delivered: never  ok", listed.StdOut, StringComparison.Ordinal);
        Assert.Contains($"{id}  email {reader}  ←  no brief stored for 2026-12 yet", before.StdOut, StringComparison.Ordinal);
        Assert.Matches($"{id}  email {Regex.Escape(reader)}  ←  dalian-arkhangelsk/2026-12.pdf as dlv_[0-9a-f]{{32}}  \\[would send\\]", after.StdOut);
        Assert.Contains("Nothing was sent (dry run).", after.StdOut, StringComparison.Ordinal);
        Assert.Equal(2, notDry.ExitCode);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(2, again.ExitCode);
    }

    [GeneratedRegex("sub_[0-9a-f]{20}")]
    private static partial Regex SubscriptionId();
}
