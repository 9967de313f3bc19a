using Azure.Storage.Blobs;
using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class CliTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public async Task Brief_OfTheSeed_WritesAPdfThatOpens()
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds);

        Assert.Equal(0, result.ExitCode);
        var path = _work.Combine("out", "dalian-arkhangelsk-2026-11.pdf");
        Assert.Contains("Wrote out/dalian-arkhangelsk-2026-11.pdf", result.StdOut, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(path);
        Assert.Contains("Архангельск", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("briefs")]
    [InlineData("briefs/")]
    public async Task Brief_WithOutAnExistingFolder_WritesTheBriefIntoItUnderItsUsualName(string folder)
    {
        Directory.CreateDirectory(_work.Combine("briefs"));

        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds + "/", "--out", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Wrote briefs/dalian-arkhangelsk-2026-11.pdf", result.StdOut, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(_work.Combine("briefs", "dalian-arkhangelsk-2026-11.pdf"));
        Assert.Contains("Архангельск", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_WithLangRu_WritesTheRussianBrief_BesideItsModel()
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--lang", "ru");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Wrote out/dalian-arkhangelsk-2026-11.ru.pdf", result.StdOut, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(_work.Combine("out", "dalian-arkhangelsk-2026-11.ru.pdf"));
        Assert.Contains("Коротко", pdf.GetPage(1).Text, StringComparison.Ordinal);

        // The model is for people and tools to read: Cyrillic as itself, not \u escapes.
        var model = await File.ReadAllTextAsync(_work.Combine("out", "dalian-arkhangelsk-2026-11.ru.briefing.json"));
        Assert.Contains("\"Title\":\"Далянь – Архангельск\"", model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_RenderedByTwoProcesses_IsTheSameBytes()
    {
        // Per-process state (font caches, glyphs flattened on first use) must not show in the file.
        var first = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--lang", "zh-Hans", "--out", "first/zh.pdf");
        var second = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--lang", "zh-Hans", "--out", "second/zh.pdf");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var bytes = await File.ReadAllBytesAsync(_work.Combine("first", "zh.pdf"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_work.Combine("second", "zh.pdf")));
    }

    [Theory]
    [InlineData("brief", "dalian-arkhangelsk")]
    [InlineData("batch")]
    public async Task BriefAndBatch_WhenEveryDataFileIsRejected_SayThereIsNoMonthToBrief(params string[] command)
    {
        // Without a valid file there is no as-of date to take the month from; this used to crash on the year 1.
        var data = _work.Combine("broken");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "partnerships.json"), "{ \"asOf\": 42 }");

        var result = await CliRunner.RunAsync(_work.Path, [.. command, "--data", data]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("partnerships.json", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("no data file is valid, so there is no month to brief", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_WithALangBriefsAreNotWrittenIn_IsAUsageError()
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--lang", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("en, ru, zh-Hans", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_WritesTheModelBesideThePdf_AndNextMonthComparesWithIt()
    {
        var october = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--period", "2026-10", "--data", RepoPaths.Seeds);
        var november = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--period", "2026-11", "--data", RepoPaths.Seeds);

        Assert.Equal(0, october.ExitCode);
        Assert.Equal(0, november.ExitCode);
        Assert.True(File.Exists(_work.Combine("out", "dalian-arkhangelsk-2026-10.briefing.json")));
        Assert.True(File.Exists(_work.Combine("out", "dalian-arkhangelsk-2026-11.briefing.json")));
        var octoberText = string.Concat(Infrastructure.Briefs.PageTexts(await File.ReadAllBytesAsync(_work.Combine("out", "dalian-arkhangelsk-2026-10.pdf"))));
        var novemberText = string.Concat(Infrastructure.Briefs.PageTexts(await File.ReadAllBytesAsync(_work.Combine("out", "dalian-arkhangelsk-2026-11.pdf"))));
        Assert.Contains("nothing to compare with", octoberText, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing to compare with", novemberText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_RunAgainOnUnchangedData_KeepsTheStoredPdfWithoutRendering()
    {
        var first = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--out", "briefs/dalian.pdf");
        var written = File.GetLastWriteTimeUtc(_work.Combine("briefs", "dalian.pdf"));

        var second = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--out", "briefs/dalian.pdf");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Wrote briefs/dalian.pdf", first.StdOut, StringComparison.Ordinal);
        Assert.Contains("Up to date (inputs unchanged): briefs/dalian.pdf", second.StdOut, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(_work.Combine("briefs", "dalian.pdf")));
        Assert.True(File.Exists(_work.Combine("briefs", "dalian-arkhangelsk-2026-11.briefing.json")));
    }

    [Fact]
    public async Task Brief_WithAnOutNameTheStoreRefuses_IsAUsageError()
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--out", "my brief.pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out: name may hold only letters", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_ForUnknownId_IsAUsageError_ListingKnownIds()
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-paris", "--data", RepoPaths.Seeds);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No partnership or place with id 'dalian-paris'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("dalian-arkhangelsk", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Combine("out")));
    }

    [Theory]
    [InlineData("2026-13", "month 13, which does not exist")]
    [InlineData("Nov 2026", "is not of the form yyyy-MM")]
    public async Task Brief_WithBadPeriod_IsAUsageErrorWithTheReason(string period, string reason)
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--period", period, "--data", RepoPaths.Seeds);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var result = await CliRunner.RunAsync(_work.Path, "brief", "dalian-arkhangelsk", "--colour", "red");

        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("brief", "--help")]
    [InlineData("batch", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("seed", "--help")]
    [InlineData("generate", "--help")]
    public async Task Help_IsAvailableEverywhere(params string[] args)
    {
        var result = await CliRunner.RunAsync(_work.Path, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithABrokenFile_ExitsOne_AndNamesFilePathAndReason()
    {
        var data = _work.Combine("data");
        Directory.CreateDirectory(data);
        File.Copy(SeedData.Path, Path.Combine(data, "dalian.json"));
        var broken = SeedData.Tree();
        broken["dataset"]!["id"] = "copy";
        broken["places"] = new System.Text.Json.Nodes.JsonArray();
        await File.WriteAllBytesAsync(Path.Combine(data, "broken.json"), SeedData.ToBytes(broken));

        var result = await CliRunner.RunAsync(_work.Path, "validate", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("invalid: data/broken.json: $.partnerships[0].placeIds[0]: refers to place 'dalian'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("1 valid file(s), 1 rejected", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithACharacterNoShippedFontCanDraw_ReportsItsCodePointAndName()
    {
        var data = await SeedData.WriteChangedFolderAsync(_work.Combine("undrawable"), tree => tree["places"]![1]!["nativeName"] = "Архангельск 𓀀");

        var result = await CliRunner.RunAsync(_work.Path, "validate", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.places[1].nativeName: U+13000 EGYPTIAN HIEROGLYPH A001 cannot be drawn", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OfTheSeeds_ExitsZero()
    {
        var result = await CliRunner.RunAsync(_work.Path, "validate", "--data", RepoPaths.Seeds);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 partnerships", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_OverThePageLimit_IsAClearErrorExitingOne_AndWritesNoPdf()
    {
        // A hub with 3,000 partners: its place brief lists every one of them and runs past 1,000 pages.
        var data = _work.Combine("hub");
        Directory.CreateDirectory(data);
        await File.WriteAllBytesAsync(Path.Combine(data, "synthetic.json"), SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 3000, TradeYears = 0, SectorsPerPartnership = 2, EventsPerPartnership = 2 }));

        var result = await CliRunner.RunAsync(_work.Path, "brief", SyntheticDatasetGenerator.HubId, "--data", data, "--period", "2026-11");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: the brief of '{SyntheticDatasetGenerator.HubId}' for 2026-11 is not rendered: The document would run to more than 1,000 pages", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_work.Combine("out", $"{SyntheticDatasetGenerator.HubId}-2026-11.pdf")));
    }

    [Fact]
    public async Task Batch_Renders200SyntheticPartnerships()
    {
        var data = _work.Combine("synthetic");
        Directory.CreateDirectory(data);
        await File.WriteAllBytesAsync(Path.Combine(data, "synthetic.json"), SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions { Partnerships = 200 }));

        var result = await CliRunner.RunAsync(_work.Path, "batch", "--data", data, "--out", "briefs", "--period", "2026-11");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("200 of 200 briefs", result.StdOut, StringComparison.Ordinal);
        var pdfs = Directory.EnumerateFiles(_work.Combine("briefs"), "*.pdf", SearchOption.AllDirectories).ToList();
        Assert.Equal(200, pdfs.Count);
        Assert.All(pdfs, p => Assert.EndsWith(Path.Combine("2026-11.pdf"), p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_UploadsTheSeedsToAzurite()
    {
        var container = "seeded-" + Guid.NewGuid().ToString("N")[..8];

        var result = await CliRunner.RunAsync(_work.Path, new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString }, "seed", "--data", RepoPaths.Seeds, "--data-container", container);

        Assert.Equal(0, result.ExitCode);
        var names = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container).GetBlobs().Select(b => b.Name).ToList();
        Assert.Contains("dalian-russia.json", names);
    }

    [Fact]
    public async Task Seed_WithoutAConnection_SaysHowToGiveOne()
    {
        var result = await CliRunner.RunAsync(_work.Path, "seed", "--data", RepoPaths.Seeds);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--connection-string", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();
}
