using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TiesReports.Functions;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Functions;

public sealed partial class HostAndMetadataTests
{
    private static readonly Type[] FunctionClasses = typeof(AppHost).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
        .ToArray();

    private static string MetadataPath
    {
        get
        {
            // The test binaries and the Functions app are built in the same configuration.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "bin", configuration, "net10.0", "functions.metadata");
        }
    }

    [Fact]
    public void WorkerHost_Builds_AndResolvesEveryFunctionClass()
    {
        Environment.SetEnvironmentVariable("AzureWebJobsStorage", "UseDevelopmentStorage=true");
        var builder = AppHost.CreateBuilder([]);

        using var host = builder.Build();

        Assert.NotEmpty(FunctionClasses);
        foreach (var type in FunctionClasses)
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type));
        }
    }

    [Fact]
    public void FunctionsMetadata_ListsEveryFunction_WithTheTriggersTheReadmeDescribes()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath));
        var built = metadata.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)));
        var documented = ReadmeApiTable();

        Assert.Equal(documented.Keys.Order(), built.Keys.Order());
        foreach (var (name, row) in documented)
        {
            var binding = built[name];
            Assert.Equal(row.Trigger, binding.GetProperty("type").GetString());
            switch (row.Trigger)
            {
                case "httpTrigger":
                    var parts = row.Target.Split(' ');
                    Assert.Equal(parts[0].ToLowerInvariant(), Assert.Single(binding.GetProperty("methods").EnumerateArray()).GetString());
                    Assert.Equal(parts[1], "/api/" + binding.GetProperty("route").GetString());
                    Assert.Equal(row.Auth, binding.GetProperty("authLevel").GetString()!.ToLowerInvariant());
                    break;
                case "timerTrigger":
                    Assert.Equal(row.Target, binding.GetProperty("schedule").GetString());
                    break;
                case "queueTrigger":
                    Assert.Equal(row.Target, binding.GetProperty("queueName").GetString());
                    break;
                case "blobTrigger":
                    Assert.Equal(row.Target, binding.GetProperty("path").GetString());
                    break;
            }
        }
    }

    [Fact]
    public void Schedule_DefaultsToSixOnTheFirstOfEachMonth_InTheSampleSettings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "local.settings.sample.json")));

        var values = sample.RootElement.GetProperty("Values");
        Assert.Equal("0 0 6 1 * *", values.GetProperty("MonthlyBriefSchedule").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
    }

    [Fact]
    public void Worker_ReadsMaxDequeueCount_FromHostJson_ItsOneSource()
    {
        Environment.SetEnvironmentVariable("AzureWebJobsStorage", "UseDevelopmentStorage=true");
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json")));
        var expected = hostJson.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();

        using var host = AppHost.CreateBuilder([]).Build();

        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["extensions:queues:maxDequeueCount"]);
        Assert.Equal(expected, host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TiesReports.Functions.Jobs.QueueHostOptions>>().Value.MaxDequeueCount);
    }

    private static Dictionary<string, (string Trigger, string Target, string Auth)> ReadmeApiTable()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("<!-- api:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- api:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no API table between <!-- api:start --> and <!-- api:end -->");
        var rows = new Dictionary<string, (string, string, string)>();
        foreach (Match m in ApiRow().Matches(readme[start..end]))
        {
            rows[m.Groups["name"].Value] = (m.Groups["trigger"].Value + "Trigger", m.Groups["target"].Value, m.Groups["auth"].Value);
        }

        return rows;
    }

    [GeneratedRegex(@"^\| `(?<name>\w+)` \| (?<trigger>http|timer|queue|blob) \| `(?<target>[^`]+)` \| (?<auth>function|anonymous|—) \|", RegexOptions.Multiline)]
    private static partial Regex ApiRow();
}
