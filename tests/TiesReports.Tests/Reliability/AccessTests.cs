using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using TiesReports.Functions;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Reliability;

public sealed class AccessTests
{
    [Fact]
    public void EveryHttpFunction_ButHealthAndTheSignedUnsubscribeLink_RequiresAFunctionKey()
    {
        var triggers = typeof(AppHost).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>()?.Name, Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(x => x.Function is not null && x.Trigger is not null)
            .ToList();

        // Anonymous: the health check, and the unsubscribe link, which its signed token authorises (issue 13).
        string[] anonymous = ["Health", "Unsubscribe", "UnsubscribePage"];
        Assert.True(triggers.Count > anonymous.Length);
        Assert.All(triggers, t => Assert.Equal(anonymous.Contains(t.Function) ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function, t.Trigger!.AuthLevel));
    }

    [Fact]
    public async Task StorageKey_NeverAppearsInLogs_EvenWhenStorageFails()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var app = new FunctionsHarness(azurite.ConnectionString, DateTimeOffset.UtcNow);
        await app.SeedAsync();
        var api = app.Create<TiesReports.Functions.Http.BriefsApi>();
        var context = FunctionsHarness.Request("GET", "/api/briefs/dalian-tomsk", "?period=2026-11");
        await FunctionsHarness.ExecuteAsync(await api.Get(context.Request, "dalian-tomsk", CancellationToken.None), context);
        await azurite.StopAsync();

        var failing = FunctionsHarness.Request("GET", "/api/briefs/dalian-tomsk", "?period=2026-10");
        var (status, _, body) = await FunctionsHarness.ExecuteAsync(await api.Get(failing.Request, "dalian-tomsk", CancellationToken.None), failing);

        Assert.Equal(503, status);
        Assert.DoesNotContain(azurite.Key, System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.DoesNotContain(azurite.Key, app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", app.Logs.AllText, StringComparison.Ordinal);
    }
}
