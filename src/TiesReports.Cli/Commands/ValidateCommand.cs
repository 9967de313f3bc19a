using TiesReports.Briefs.Services;
using System.CommandLine;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;

namespace TiesReports.Cli.Commands;

/// <summary>ties validate: load a data folder or blob container and print every error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var connection = CommonOptions.ConnectionString();
        var container = CommonOptions.DataContainer();
        var blob = new Option<bool>("--blob") { Description = "Validate the blob container instead of a folder." };
        var command = new Command("validate", "Check partnership data and print each error with file, JSON path and reason.") { data, blob, connection, container };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IReportStore store = parse.GetValue(blob)
                ? CommonOptions.BlobStore(parse.GetValue(connection), parse.GetValue(container)!)
                : new FolderReportStore(new FolderStoreOptions { DataPath = CommonOptions.RequireFolder(parse.GetValue(data)!), BriefsPath = "out" });
            var result = await new DatasetLoader(ShippedFontCoverage.LoaderOptions()).LoadAsync(store, cancellationToken);
            Output.Errors(result.Errors);
            var d = result.Dataset;
            Console.WriteLine(
                $"{result.LoadedFiles.Count} valid file(s), {result.RejectedFiles.Count} rejected: {d.Places.Count} places, {d.Partnerships.Count} partnerships, " +
                $"{d.Trade.Count} trade figures, {d.Events.Count} events, {d.Sources.Count} sources.");
            return result.HasErrors ? ExitCodes.InvalidData : ExitCodes.Ok;
        });
        return command;
    }
}
