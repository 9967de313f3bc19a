using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TiesReports.Core.Storage;
using TiesReports.Functions;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Infra;

public sealed class InfraTests
{
    private static string MainTemplate => Path.Combine(RepoPaths.Root, "infra", "main.bicep");

    private static (int Exit, string StdOut, string StdErr) RunBicep(params string[] args) => BicepCli.Run(args);

    [Fact]
    public void Bicep_BuildsWithoutWarnings()
    {
        var (exit, stdout, stderr) = RunBicep("build", MainTemplate, "--stdout");

        Assert.True(exit == 0, stderr);
        Assert.Equal("", stderr.Trim());
        Assert.Contains("Microsoft.Web/sites", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bicep_LintsWithoutWarnings()
    {
        var (exit, stdout, stderr) = RunBicep("lint", MainTemplate);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal("", (stdout + stderr).Trim());
    }

    [Fact]
    public void FunctionAppSettings_AreIdentityBased_AndTheAppReadsThem()
    {
        var (_, arm, _) = RunBicep("build", MainTemplate, "--stdout");
        var settings = AppSettings(arm);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), "placeholder-" + s.Key)))
            .AddInMemoryCollection([new KeyValuePair<string, string?>("AzureWebJobsStorage:credential", "managedidentity")])
            .Build();
        var connection = StorageConnection.FromConfiguration(configuration, "AzureWebJobsStorage");

        Assert.Contains("AzureWebJobsStorage__accountName", settings.Keys);
        Assert.Contains("AzureWebJobsStorage__clientId", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.DoesNotContain(settings.Keys, k => k == "AzureWebJobsStorage");
        Assert.True(connection.IsIdentityBased);
        Assert.Equal("placeholder-AzureWebJobsStorage__clientId", connection.ClientId);
        Assert.Contains("MonthlyBriefSchedule", settings.Keys);
    }

    [Fact]
    public void ContainerNames_ComeFromTheFlatSettings_ThatInfraAndTheLocalSampleSet()
    {
        var (_, arm, _) = RunBicep("build", MainTemplate, "--stdout");
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "local.settings.sample.json")));
        var sampleSettings = sample.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);

        foreach (var settings in new[] { AppSettings(arm), sampleSettings })
        {
            var options = ContainerOptions(settings.Select(s => (s.Key.Replace("__", ":", StringComparison.Ordinal), "set-" + s.Key)));

            Assert.Equal("set-DataContainer", options.DataContainer);
            Assert.Equal("set-BriefsContainer", options.BriefsContainer);
        }
    }

    [Fact]
    public void ContainerNames_HaveNoSecondSource_UnderAStorageSection()
    {
        var options = ContainerOptions([("Storage:DataContainer", "other-data"), ("Storage:BriefsContainer", "other-briefs")]);

        Assert.Equal("data", options.DataContainer);
        Assert.Equal("briefs", options.BriefsContainer);
    }

    /// <summary>The container names the Functions app's own registration binds from these settings.</summary>
    private static BlobStoreOptions ContainerOptions(IEnumerable<(string Key, string Value)> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        using var services = new ServiceCollection().AddTiesReportsFunctions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BlobStoreOptions>>().Value;
    }

    [Fact]
    public void StorageAccount_RefusesKeysAndPlainHttp()
    {
        var (_, arm, _) = RunBicep("build", MainTemplate, "--stdout");

        Assert.Contains("\"allowSharedKeyAccess\": false", arm, StringComparison.Ordinal);
        Assert.Contains("\"allowBlobPublicAccess\": false", arm, StringComparison.Ordinal);
        Assert.Contains("\"supportsHttpsTrafficOnly\": true", arm, StringComparison.Ordinal);
        Assert.Contains("\"minimumTlsVersion\": \"TLS1_2\"", arm, StringComparison.Ordinal);
        Assert.Contains("\"DisableLocalAuth\": true", arm, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_HoldsNoKeysOrConnectionStrings()
    {
        // Literal secrets, not the code that assembles a made-up test key at run time.
        System.Text.RegularExpressions.Regex[] forbidden =
        [
            new(@"AccountKey=[A-Za-z0-9+/]{20,}"),
            new(@"SharedAccessSignature=\w"),
            new(@"[?&]sig=[A-Za-z0-9%]{20,}"),
            new(@"listKeys\("),
            new(@"InstrumentationKey=[0-9a-fA-F-]{36}"),
            new(@"AZURE_CLIENT_SECRET\s*[=:]\s*\S"),
        ];
        var files = Directory.EnumerateFiles(RepoPaths.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}out{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetExtension(f) is ".cs" or ".json" or ".bicep" or ".yaml" or ".yml" or ".md" or ".props" or ".csproj" or "")
            .Where(f => !f.EndsWith(nameof(InfraTests) + ".cs", StringComparison.Ordinal))
            .ToList();

        Assert.Matches(forbidden[0], "AccountKey=" + new string('Q', 44));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.All(forbidden, pattern => Assert.False(pattern.IsMatch(text), $"{file} matches '{pattern}'"));
        }

        Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "local.settings.json")) && IsTracked("src/TiesReports.Functions/local.settings.json"));
    }

    private static bool IsTracked(string path)
    {
        var start = new ProcessStartInfo("git", ["ls-files", "--error-unmatch", path]) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(start)!;
        git.WaitForExit();
        return git.ExitCode == 0;
    }

    private static Dictionary<string, string> AppSettings(string armJson)
    {
        using var arm = JsonDocument.Parse(armJson);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("appSettings", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var s in list.EnumerateArray())
                    {
                        result[s.GetProperty("name").GetString()!] = s.GetProperty("value").ToString();
                    }
                }

                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(arm.RootElement);
        return result;
    }
}
