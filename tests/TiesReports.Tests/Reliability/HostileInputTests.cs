using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Functions.Http;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Reliability;

/// <summary>
/// Every case of the hostile corpus gets a clear error — from the loader, the CLI and the HTTP API — with no
/// crash, no unhandled exception in the logs, and nothing written.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileInputTests(AzuriteFixture azurite)
{
    [Fact]
    public void Corpus_HasAtLeastAHundredCases()
    {
        Assert.True(HostileCorpus.DataCases.Count + HostileCorpus.RequestCases.Count >= 100);
        Assert.True(HostileCorpus.DataCases.Count >= 100, $"{HostileCorpus.DataCases.Count} data cases");
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.DataCaseNames), MemberType = typeof(HostileCorpus))]
    public void Loader_RejectsTheCase_WithFilePathAndReason(string file)
    {
        var c = HostileCorpus.DataCases.Single(x => x.File == file);

        var result = new DatasetLoader().Load([(c.File, (ReadOnlyMemory<byte>)HostileCorpus.Content(c))]);

        Assert.Empty(result.Dataset.Partnerships);
        Assert.Equal([c.File], result.RejectedFiles.Distinct());
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal(c.File, e.File);
            Assert.False(string.IsNullOrWhiteSpace(e.Path));
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            Assert.DoesNotContain(" at TiesReports", e.Reason, StringComparison.Ordinal);
        });
        if (c.Path is { Length: > 0 })
        {
            Assert.Contains(result.Errors, e => e.Path == c.Path && e.Reason.Contains(c.Reason ?? "", StringComparison.Ordinal));
        }
        else if (c.Reason is { Length: > 0 })
        {
            Assert.Contains(result.Errors, e => e.Reason.Contains(c.Reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Cli_ValidatesTheWholeCorpus_ExitOne_WithALinePerFile_AndWritesNothing()
    {
        using var folder = new TempFolder();
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        foreach (var c in HostileCorpus.DataCases)
        {
            await File.WriteAllBytesAsync(Path.Combine(data, c.File), HostileCorpus.Content(c));
        }

        File.Copy(SeedData.Path, Path.Combine(data, SeedData.FileName));

        var validate = await CliRunner.RunAsync(folder.Path, "validate", "--data", data);
        var batch = await CliRunner.RunAsync(folder.Path, "batch", "--data", data, "--out", "briefs", "--period", "2026-11");

        Assert.Equal(1, validate.ExitCode);
        foreach (var c in HostileCorpus.DataCases)
        {
            Assert.Contains($"invalid: data/{c.File}: ", validate.StdErr, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Unhandled exception", validate.StdErr + batch.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", validate.StdErr + batch.StdErr, StringComparison.Ordinal);

        // The valid seed beside the corpus still renders; nothing of the corpus does.
        Assert.Equal(1, batch.ExitCode);
        Assert.Contains("3 of 3 briefs", batch.StdOut, StringComparison.Ordinal);
        var written = Directory.EnumerateFiles(folder.Combine("briefs"), "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Equal(3, written.Count);
    }

    [Fact]
    public async Task Http_AnswersEveryCorpusFile_With422Or400_AndWritesNoBrief()
    {
        await using var app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
        await app.SeedAsync();
        foreach (var c in HostileCorpus.DataCases.Where(c => c.Generate is null))
        {
            await app.Store.WriteAsync(StoreArea.Data, "corpus/" + c.File, HostileCorpus.Content(c), WriteRequest.Json, CancellationToken.None);
        }

        var api = app.Create<BriefsApi>();
        var statuses = new Dictionary<string, int>();
        foreach (var c in HostileCorpus.DataCases.Where(c => c.Generate is null))
        {
            var context = FunctionsHarness.Request("GET", $"/api/briefs/{c.Subject}", "?period=2026-11");
            var (status, headers, body) = await FunctionsHarness.ExecuteAsync(await api.Get(context.Request, c.Subject, CancellationToken.None), context);
            statuses[c.File] = status;
            Assert.Equal("application/problem+json", headers.ContentType.ToString());
            Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()));
        }

        // Subjects that exist only in rejected files are reported as invalid data with the loader's errors.
        Assert.All(statuses, s => Assert.Equal(422, s.Value));
        Assert.Empty(await app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Exception is not null && e.Level >= LogLevel.Error);
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.RequestCaseNames), MemberType = typeof(HostileCorpus))]
    public async Task Http_HostileRequest_GetsAProblemWithTheReason_AndWritesNothing(string name)
    {
        var c = HostileCorpus.RequestCases.Single(x => x.Name == name);
        await using var app = new FunctionsHarness(azurite.ConnectionString, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
        await app.SeedAsync();
        var api = app.Create<BriefsApi>();
        var body = c.Body switch
        {
            "HUGE" => "{\"subject\":\"" + new string('a', 200_000) + "\"}",
            "DEEP" => new string('[', 5_000) + new string(']', 5_000),
            _ => c.Body,
        };
        var context = FunctionsHarness.Request(c.Method == "POST" ? "POST" : "GET", "/api/briefs", c.Query, body, c.ContentType ?? "application/json");

        var result = c.Method switch
        {
            "GET" => await api.Get(context.Request, c.Id!, CancellationToken.None),
            "LIST" => await api.List(context.Request, CancellationToken.None),
            _ => await api.Create(context.Request, CancellationToken.None),
        };
        var (status, headers, response) = await FunctionsHarness.ExecuteAsync(result, context);

        Assert.Equal(c.Status, status);
        Assert.Equal("application/problem+json", headers.ContentType.ToString());
        var detail = JsonDocument.Parse(response).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(c.Reason, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Encoding.UTF8.GetString(response), StringComparison.Ordinal);
        Assert.Empty(await app.Store.ListAsync(StoreArea.Briefs, null, CancellationToken.None));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Exception is not null);
    }
}
