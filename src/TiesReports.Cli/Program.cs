using System.CommandLine;
using TiesReports.Core.Storage;
using TiesReports.Cli;
using TiesReports.Cli.Commands;

var root = new RootCommand("TiesReports: partnership briefings as PDF, from data in a folder or in Azure Blob Storage.")
{
    BriefCommand.Create(),
    BatchCommand.Create(),
    ValidateCommand.Create(),
    SeedCommand.Create(),
    GenerateCommand.Create(),
    SubscribeCommand.Create(),
    UnsubscribeCommand.Create(),
    SubscriptionsCommand.Create(),
    DeliverCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'ties --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Usage;
}
catch (StorageUnavailableException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.Unavailable;
}
catch (Exception ex) when (MissingLibrary.Find(ex) is { } missing)
{
    // Loaded only when a brief has right-to-left, Thai or Devanagari text, so this is the first place it can fail.
    Console.Error.WriteLine($"error: {missing.Message}");
    return ExitCodes.MissingLibrary;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return ExitCodes.Unavailable;
}
