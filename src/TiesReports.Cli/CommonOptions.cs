using System.CommandLine;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Core.Model;

namespace TiesReports.Cli;

/// <summary>Options several commands share, and how their values are checked.</summary>
public static class CommonOptions
{
    public static Option<string> Data() => new("--data", "-d")
    {
        Description = "Folder with partnership data files (JSON).",
        DefaultValueFactory = _ => DefaultSeeds(),
    };

    public static Option<string?> Period() => new("--period", "-p")
    {
        Description = "Month of the brief, yyyy-MM. Default: the month of the data's as-of date.",
    };

    public static Option<string?> ConnectionString() => new("--connection-string")
    {
        Description = "Storage connection string (Azurite: UseDevelopmentStorage=true). Default: the AzureWebJobsStorage environment variable.",
    };

    public static Option<string> DataContainer() => new("--data-container")
    {
        Description = "Blob container that holds the data files.",
        DefaultValueFactory = _ => "data",
    };

    /// <summary>The seeds/ folder of the repository when run from it, else ./seeds.</summary>
    public static string DefaultSeeds()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "TiesReports.sln")) && Directory.Exists(candidate))
            {
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
            }
        }

        return "seeds";
    }

    public static Month? ParsePeriod(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Month.TryParse(text, out var month, out var reason) ? month : throw new UsageException(reason!);
    }

    /// <summary>
    /// The month asked for, or else the month of the data's as-of date. With no valid data file to give one (every
    /// file rejected, or none there) it says so on stderr and returns null, instead of briefing the year 1.
    /// </summary>
    public static Month? PeriodOrDataMonth(Month? requested, LoadResult loaded, string dataPath)
    {
        if (requested is not null || loaded.Dataset.Files.Count > 0)
        {
            return requested ?? Month.FromDate(loaded.Dataset.AsOf);
        }

        Console.Error.WriteLine(loaded.HasErrors
            ? "error: no data file is valid, so there is no month to brief; fix the errors above."
            : $"error: the data folder '{dataPath}' holds no data file.");
        return null;
    }

    /// <summary>The loader of a command that loads its data once: no parse is kept for a reload that never comes.</summary>
    public static DatasetLoader OneLoadLoader()
    {
        var options = ShippedFontCoverage.LoaderOptions();
        options.KeepParses = false;
        return new DatasetLoader(options);
    }

    public static string RequireFolder(string path)
    {
        return Directory.Exists(path) ? path : throw new UsageException($"The data folder '{path}' does not exist.");
    }

    /// <summary>The blob store a connection string and data container name point at.</summary>
    public static BlobReportStore BlobStore(string? connectionString, string dataContainer) => new(
        new BlobServiceClient(RequireConnectionString(connectionString)),
        Options.Create(new BlobStoreOptions { DataContainer = dataContainer }));

    public static string RequireConnectionString(string? value) =>
        value ?? Environment.GetEnvironmentVariable("AzureWebJobsStorage")
        ?? throw new UsageException("No storage connection: pass --connection-string or set AzureWebJobsStorage (for Azurite: UseDevelopmentStorage=true).");
}
