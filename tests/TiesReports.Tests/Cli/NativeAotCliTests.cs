using System.Text.RegularExpressions;
using TiesReports.Tests.Infra;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace TiesReports.Tests.Cli;

/// <summary>
/// The CLI as a Native AOT binary: the README's publish command succeeds with no warning (warnings are errors
/// there), and every command works from the native `ties` — briefs in the world's scripts, validation with
/// character names, batch, generate, and the subscription commands against Azurite (the Azure.Data.Tables
/// paths whose collapsed warning the project accepts, see TiesReports.Cli.csproj).
/// </summary>
[Collection(PublishCollection.Name)]
public sealed partial class NativeAotCliTests(NativeAotCliTests.NativeCli native) : IClassFixture<NativeAotCliTests.NativeCli>, IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Publish_SucceedsWithoutAWarning()
    {
        Assert.True(native.ExitCode == 0, native.Log);
        Assert.DoesNotMatch(WarningLine(), native.Log);
        Assert.True(File.Exists(native.Program), $"no {native.Program}");
    }

    [Fact]
    public async Task Brief_WithPlaceNamesInArabicThaiDevanagariAndChinese_DrawsThem()
    {
        var data = await SeedData.WriteChangedFolderAsync(_work.Combine("world"), tree =>
        {
            var places = tree["places"]!.AsArray();
            places.Single(p => (string?)p!["id"] == "dalian")!["nativeName"] = "大连市 मुंबई";
            places.Single(p => (string?)p!["id"] == "arkhangelsk")!["nativeName"] = "مدينة دبي กรุงเทพมหานคร";
        });

        var result = await Ties(null, "brief", "dalian-arkhangelsk", "--data", data, "--out", "world.pdf");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var document = PdfDocument.Open(_work.Combine("world.pdf"));
        var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        foreach (var name in new[] { "大连市", "मुंबई", "مدينة دبي", "กรุงเทพมหานคร", "Arkhangelsk" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Brief_InRussian_UsesCldrPluralsAndDates()
    {
        var result = await Ties(null, "brief", "dalian-arkhangelsk", "--data", RepoPaths.Seeds, "--lang", "ru", "--out", "ru.pdf");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var document = PdfDocument.Open(_work.Combine("ru.pdf"));
        Assert.Contains("Архангельск", document.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithACharacterNoFontCanDraw_NamesIt()
    {
        var data = await SeedData.WriteChangedFolderAsync(_work.Combine("undrawable"), tree => tree["places"]![1]!["nativeName"] = "Архангельск 𓀀");

        var result = await Ties(null, "validate", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.places[1].nativeName: U+13000 EGYPTIAN HIEROGLYPH A001 cannot be drawn", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_ThenBatch_WritesABriefPerPartnership()
    {
        var generated = await Ties(null, "generate", "--partnerships", "3", "--years", "1", "--out", "synthetic.json");
        var data = _work.Combine("synthetic");
        Directory.CreateDirectory(data);
        File.Move(_work.Combine("synthetic.json"), Path.Combine(data, "synthetic.json"));

        var batch = await Ties(null, "batch", "--data", data, "--out", "briefs", "--parallel", "2");

        Assert.True(generated.ExitCode == 0, generated.StdErr);
        Assert.True(batch.ExitCode == 0, batch.StdErr + batch.StdOut);
        var pdfs = Directory.GetFiles(_work.Combine("briefs"), "*.pdf", SearchOption.AllDirectories);
        Assert.True(pdfs.Length >= 3, $"{pdfs.Length} briefs");
        Assert.All(pdfs, pdf => Assert.True(PdfDocument.Open(pdf).NumberOfPages >= 1));
    }

    [Fact]
    public async Task Seed_Subscribe_List_DryRun_Unsubscribe_OnAzurite()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        string[] containers = ["--data-container", "data-" + suffix];
        var env = new Dictionary<string, string> { ["AzureWebJobsStorage"] = native.Azurite.ConnectionString };
        var reader = $"aot-{suffix}@example.org";

        var seeded = await Ties(env, ["seed", "--data", RepoPaths.Seeds, .. containers]);
        var subscribed = await Ties(env, ["subscribe", "dalian-arkhangelsk", "--email", reader, "--lang", "ru", .. containers]);
        var duplicate = await Ties(env, ["subscribe", "dalian-arkhangelsk", "--email", reader, .. containers]);
        var id = SubscriptionId().Match(subscribed.StdOut).Value;
        var listed = await Ties(env, "subscriptions", "--subject", "dalian-arkhangelsk");
        var planned = await Ties(env, ["deliver", "--period", "2026-11", "--dry-run", "--briefs-container", "briefs-" + suffix, .. containers]);
        var removed = await Ties(env, "unsubscribe", id);
        var again = await Ties(env, "unsubscribe", id);

        Assert.True(seeded.ExitCode == 0, seeded.StdErr);
        Assert.True(subscribed.ExitCode == 0, subscribed.StdErr);
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains(id, duplicate.StdErr, StringComparison.Ordinal);
        Assert.Contains($"{id}  dalian-arkhangelsk  email  {reader}", listed.StdOut, StringComparison.Ordinal);
        Assert.True(planned.ExitCode == 0, planned.StdErr);
        Assert.Contains($"{id}  email {reader}  ←  no brief stored for 2026-11 yet", planned.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(2, again.ExitCode);
    }

    private Task<CliRunner.Result> Ties(IDictionary<string, string>? environment, params string[] args) =>
        CliRunner.RunProgramAsync(native.Program, _work.Path, environment, args);

    [GeneratedRegex(@"warning (IL|NU|CS)\d+", RegexOptions.IgnoreCase)]
    private static partial Regex WarningLine();

    [GeneratedRegex("sub_[0-9a-f]{20}")]
    private static partial Regex SubscriptionId();

    /// <summary>One native publish (several minutes: ILC and clang) and one Azurite for the class.</summary>
    public sealed class NativeCli : IAsyncLifetime
    {
        private readonly TempFolder _output = new();

        public string Program => _output.Combine("ties");

        public int ExitCode { get; private set; }

        public string Log { get; private set; } = "";

        public AzuriteProcess Azurite { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            // The README's command.
            (ExitCode, Log) = await DotnetPublish.RunAsync(TimeSpan.FromMinutes(40), Path.Combine("src", "TiesReports.Cli"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", _output.Path, "--nologo");
            Azurite = await AzuriteProcess.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Azurite.DisposeAsync();
            _output.Dispose();
        }
    }
}
