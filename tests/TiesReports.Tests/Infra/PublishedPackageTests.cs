using System.Text.Json;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Infra;

/// <summary>
/// What `azd deploy` ships to Flex Consumption — `dotnet publish -c Release` of the Functions app, the command azd
/// runs for a dotnet function service — holds no polling blob trigger; local (Debug) builds keep DataChanged.
/// </summary>
[Collection(PublishCollection.Name)]
public sealed class PublishedPackageTests
{
    private static string FunctionsProject => Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "TiesReports.Functions.csproj");

    [Fact]
    public async Task AzurePackage_HasNoPollingBlobTrigger_AndTakesDataChangesFromTheQueue()
    {
        using var output = new TempFolder();

        var (exit, log) = await PublishAsync(output.Path);

        Assert.True(exit == 0, log);
        using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(output.Combine("functions.metadata")));
        var functions = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings")[0]);
        var rule = FlexConsumptionRuleBook.Rules.Single(r => r.Kind == "no-polling-blob-trigger");
        Assert.True(FlexConsumptionRuleChecker.CheckFunctionMetadata(metadata.RootElement).Count == 0, $"{rule}: " + string.Join("; ", FlexConsumptionRuleChecker.CheckFunctionMetadata(metadata.RootElement)));
        Assert.DoesNotContain("DataChanged", functions.Keys);
        Assert.Equal("queueTrigger", functions["DataChangedEvent"].GetProperty("type").GetString());
        Assert.Equal("%DataChangesQueue%", functions["DataChangedEvent"].GetProperty("queueName").GetString());
        Assert.Contains("BriefJob", functions.Keys);
        Assert.True(IsReadyToRun(output.Combine("TiesReports.Functions.dll")), "the published app should be precompiled (ReadyToRun) for linux-x64");
        Assert.True(IsReadyToRun(output.Combine("TiesReports.Briefs.dll")), "the app's own libraries should be precompiled too");
    }

    /// <summary>A ReadyToRun image carries a managed native header beside its IL.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void LocalBuild_KeepsThePollingTrigger_OnlyInDebug()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TiesReports.Functions", "bin", configuration, "net10.0", "functions.metadata")));

        var polling = FlexConsumptionRuleChecker.CheckFunctionMetadata(metadata.RootElement);

        Assert.Equal(configuration == "Debug" ? ["DataChanged is a polling blob trigger"] : [], polling);
    }

    [Fact]
    public void Checker_FindsAPollingBlobTrigger_ButAcceptsTheEventGridSource()
    {
        using var metadata = JsonDocument.Parse("""
            [
              { "name": "Polling", "bindings": [ { "type": "blobTrigger", "path": "data/{name}" } ] },
              { "name": "FromEventGrid", "bindings": [ { "type": "blobTrigger", "path": "data/{name}", "properties": { "source": "EventGrid" } } ] },
              { "name": "Queue", "bindings": [ { "type": "queueTrigger", "queueName": "q" } ] }
            ]
            """);

        Assert.Equal(["Polling is a polling blob trigger"], FlexConsumptionRuleChecker.CheckFunctionMetadata(metadata.RootElement));
    }

    /// <summary>azd's own command for a dotnet function service: `dotnet publish {project} -c Release --output {dir}`.</summary>
    private static async Task<(int Exit, string Log)> PublishAsync(string outputFolder) =>
        await DotnetPublish.RunAsync(TimeSpan.FromMinutes(10), FunctionsProject, "-c", "Release", "--output", outputFolder, "--nologo");
}
