using TiesReports.Briefs.Services;
using System.CommandLine;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;

namespace TiesReports.Cli.Commands;

/// <summary>ties seed: upload seeds/ (after validating it) to a storage account or Azurite.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var connection = CommonOptions.ConnectionString();
        var container = CommonOptions.DataContainer();
        var command = new Command("seed", "Validate a data folder and upload it to the data container of a storage account (or Azurite).") { data, connection, container };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = CommonOptions.RequireFolder(parse.GetValue(data)!);
            var local = await new DatasetLoader(ShippedFontCoverage.LoaderOptions()).LoadAsync(new FolderReportStore(new FolderStoreOptions { DataPath = folder, BriefsPath = "out" }), cancellationToken);
            if (local.HasErrors)
            {
                Output.Errors(local.Errors);
                Console.Error.WriteLine("Nothing was uploaded: fix the data first.");
                return ExitCodes.InvalidData;
            }

            var store = CommonOptions.BlobStore(parse.GetValue(connection), parse.GetValue(container)!);
            var written = await Seeder.SeedAsync(folder, store, cancellationToken);
            Console.WriteLine($"Uploaded {written.Count} file(s) to container '{parse.GetValue(container)}': {string.Join(", ", written)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
