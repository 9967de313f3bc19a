using TiesReports.Functions.Delivery;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Delivery;

/// <summary>The subscriptions API on Azurite's table service: what it accepts, what it refuses and how.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SubscriptionApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DeliveryApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = new DeliveryApp(azurite.ConnectionString, smtp: null, allowPrivateTargets: false);
        await _app.SeedAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private SubscriptionsApi Api => _app.Harness.Create<SubscriptionsApi>();

    [Fact]
    public async Task Create_ReturnsTheSecretOnce_AndReadingItBackShowsStatusButNoSecret()
    {
        var (status, created) = await _app.SubscribeAsync("dalian", "email", "Reader@Example.org", "Reader");
        var id = created["subscription"]!["id"]!.GetValue<string>();

        var (getStatus, read) = await _app.GetSubscriptionAsync(id);

        Assert.Equal(201, status);
        Assert.Null(created["signingSecret"]);
        Assert.Equal(200, getStatus);
        Assert.Equal("dalian", read["subject"]!.GetValue<string>());
        Assert.Equal("email", read["channel"]!.GetValue<string>());
        Assert.Equal("reader@example.org", read["target"]!.GetValue<string>());
        Assert.False(read["status"]!["paused"]!.GetValue<bool>());
        Assert.Null(read["signingSecret"]);
        Assert.DoesNotContain("secret", read.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownSubject_Is404()
    {
        var (status, problem) = await _app.SubscribeAsync("dalian-paris", "email", "reader@example.org");

        Assert.Equal(404, status);
        Assert.Contains("dalian-paris", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email", "not-an-address")]
    [InlineData("email", "Reader <reader@example.org>")]
    [InlineData("email", "reader@localhost")]
    [InlineData("webhook", "not a url")]
    [InlineData("webhook", "ftp://example.org/hook")]
    [InlineData("webhook", "http://example.org/hook")]
    [InlineData("webhook", "https://user:pass@example.org/hook")]
    [InlineData("webhook", "https://127.0.0.1/hook")]
    [InlineData("webhook", "https://localhost/hook")]
    [InlineData("webhook", "https://10.0.0.8/hook")]
    [InlineData("webhook", "https://169.254.169.254/latest/meta-data")]
    [InlineData("webhook", "https://[::1]/hook")]
    [InlineData("webhook", "https://[::ffff:192.168.1.1]/hook")]
    [InlineData("pigeon", "https://example.org/hook")]
    public async Task MalformedAddressUrlOrInternalTarget_Is422_AndNothingIsStored(string channel, string target)
    {
        var (status, problem) = await _app.SubscribeAsync("dalian", channel, target);
        var (_, list) = await DeliveryApp.CallAsync(c => Api.List(c.Request, CancellationToken.None), "GET", "/api/subscriptions");

        Assert.Equal(422, status);
        Assert.False(string.IsNullOrEmpty(problem["detail"]!.GetValue<string>()));
        Assert.Empty(list["items"]!.AsArray());
    }

    [Fact]
    public async Task SameSubjectChannelAndTarget_Is409_WithTheExistingId()
    {
        var (_, first) = await _app.SubscribeAsync("dalian-tomsk", "email", "reader@example.org");

        var (status, problem) = await _app.SubscribeAsync("dalian-tomsk", "email", "READER@example.org");
        var (otherSubject, _) = await _app.SubscribeAsync("dalian", "email", "reader@example.org");

        Assert.Equal(409, status);
        Assert.Equal(first["subscription"]!["id"]!.GetValue<string>(), problem["existingId"]!.GetValue<string>());
        Assert.Equal(201, otherSubject);
    }

    [Fact]
    public async Task List_IsPaged_WithAContinuationToken()
    {
        foreach (var n in Enumerable.Range(1, 3))
        {
            await _app.SubscribeAsync("dalian", "email", $"reader{n}@example.org");
        }

        var (_, first) = await DeliveryApp.CallAsync(c => Api.List(c.Request, CancellationToken.None), "GET", "/api/subscriptions", "?pageSize=2");
        var token = first["continuation"]!.GetValue<string>();
        var (_, second) = await DeliveryApp.CallAsync(c => Api.List(c.Request, CancellationToken.None), "GET", "/api/subscriptions", $"?pageSize=2&continuation={Uri.EscapeDataString(token)}");
        var (badSize, _) = await DeliveryApp.CallAsync(c => Api.List(c.Request, CancellationToken.None), "GET", "/api/subscriptions", "?pageSize=0");

        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Single(second["items"]!.AsArray());
        Assert.Null(second["continuation"]);
        Assert.Equal(400, badSize);
    }

    [Fact]
    public async Task Delete_RemovesIt_ThenGetAndDeleteAre404()
    {
        var (_, created) = await _app.SubscribeAsync("dalian", "email", "reader@example.org");
        var id = created["subscription"]!["id"]!.GetValue<string>();

        var (deleted, _) = await DeliveryApp.CallAsync(c => Api.Delete(c.Request, id, CancellationToken.None), "DELETE", $"/api/subscriptions/{id}");
        var (again, _) = await DeliveryApp.CallAsync(c => Api.Delete(c.Request, id, CancellationToken.None), "DELETE", $"/api/subscriptions/{id}");
        var (read, _) = await _app.GetSubscriptionAsync(id);
        var (resubscribed, _) = await _app.SubscribeAsync("dalian", "email", "reader@example.org");

        Assert.Equal(204, deleted);
        Assert.Equal(404, again);
        Assert.Equal(404, read);
        Assert.Equal(201, resubscribed);
    }

    [Fact]
    public async Task OneClickUnsubscribe_NeedsTheSignedToken()
    {
        var (_, created) = await _app.SubscribeAsync("dalian", "email", "reader@example.org");
        var id = created["subscription"]!["id"]!.GetValue<string>();
        var link = _app.Harness.Create<TiesReports.Delivery.DeliveryLinks>().Unsubscribe(id);

        var page = FunctionsHarness.Request("GET", link.AbsolutePath, link.Query);
        var (pageStatus, pageHeaders, pageBody) = await FunctionsHarness.ExecuteAsync(await Api.UnsubscribePage(page.Request, id, CancellationToken.None), page);
        var (forgedPage, _) = await DeliveryApp.CallAsync(c => Api.UnsubscribePage(c.Request, id, CancellationToken.None), "GET", $"/api/subscriptions/{id}/unsubscribe", "?token=forged");
        var (forged, _) = await DeliveryApp.CallAsync(c => Api.Unsubscribe(c.Request, id, CancellationToken.None), "POST", $"/api/subscriptions/{id}/unsubscribe", "?token=forged");
        var (stillThere, _) = await _app.GetSubscriptionAsync(id);
        var (ok, _) = await DeliveryApp.CallAsync(c => Api.Unsubscribe(c.Request, id, CancellationToken.None), "POST", link.AbsolutePath, link.Query, body: "List-Unsubscribe=One-Click");
        var (gone, _) = await _app.GetSubscriptionAsync(id);

        Assert.Equal(200, pageStatus);
        Assert.StartsWith("text/html", pageHeaders.ContentType.ToString(), StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", System.Text.Encoding.UTF8.GetString(pageBody), StringComparison.Ordinal);
        Assert.Equal(403, forgedPage);
        Assert.Equal(403, forged);
        Assert.Equal(200, stillThere);
        Assert.Equal(200, ok);
        Assert.Equal(404, gone);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("sub_../../x")]
    public async Task MalformedId_Is400(string id)
    {
        var (status, _) = await _app.GetSubscriptionAsync(id);

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Feed_OfAnUnknownSubject_Is404()
    {
        var (status, _) = await DeliveryApp.CallAsync(c => _app.Harness.Create<FeedsApi>().Get(c.Request, "nowhere", CancellationToken.None), "GET", "/api/feeds/nowhere");

        Assert.Equal(404, status);
    }
}
