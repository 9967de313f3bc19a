using System.CommandLine;
using System.Diagnostics;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Cli.Commands;

/// <summary>ties brief SUBJECT: one partnership or place, one month, one PDF.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var subject = new Argument<string>("subject") { Description = "Partnership id (e.g. dalian-arkhangelsk) or place id (e.g. dalian)." };
        var period = CommonOptions.Period();
        var data = CommonOptions.Data();
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the PDF: a file, or a folder to write it into under its usual name. Default: out/{subject}-{period}.pdf (out/{subject}-{period}.{lang}.pdf in Russian or Chinese)." };
        var lang = new Option<string?>("--lang", "-l") { Description = $"The brief's language: {Language.SupportedTags}. Default: en." };
        var command = new Command("brief", "Render the briefing of one partnership or place for one month.") { subject, period, data, output, lang };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(subject)!, parse.GetValue(period), parse.GetValue(data)!, parse.GetValue(output), parse.GetValue(lang), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string subject, string? periodText, string dataPath, string? outPath, string? langText, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var requested = CommonOptions.ParsePeriod(periodText);
        var language = langText is null
            ? Language.English
            : Language.Match(langText) ?? throw new UsageException($"--lang: briefs are written in {Language.SupportedTags}; '{langText}' is not one of them.");
        if (SafeId.Check(subject) is { } reason)
        {
            throw new UsageException($"subject: {reason}");
        }

        // An existing folder (or a path ending in a separator) takes the brief under its usual name, as cp and curl -O do.
        var intoFolder = outPath is not null && (Directory.Exists(outPath) || outPath.EndsWith(Path.DirectorySeparatorChar) || outPath.EndsWith(Path.AltDirectorySeparatorChar));
        var fileName = outPath is null || intoFolder ? null : Path.GetFileName(outPath);
        if (fileName is not null && StoreNames.Check(fileName) is { } badName)
        {
            throw new UsageException($"--out: {badName}.");
        }

        // The brief goes through the same service as the API; only the file names are the CLI's (see BriefOutputFolder).
        var folder = new FolderReportStore(new FolderStoreOptions { DataPath = CommonOptions.RequireFolder(dataPath), BriefsPath = outPath is null ? "out" : intoFolder ? outPath : Path.GetDirectoryName(Path.GetFullPath(outPath))! });
        var service = new BriefService(new BriefOutputFolder(folder, fileName), CommonOptions.OneLoadLoader());
        var loaded = await service.LoadAsync(cancellationToken);
        Output.Errors(loaded.Errors);
        if (CommonOptions.PeriodOrDataMonth(requested, loaded, dataPath) is not { } period)
        {
            return ExitCodes.InvalidData;
        }

        var path = outPath is not null && !intoFolder ? outPath : Path.Combine(outPath ?? "out", language == Language.English ? $"{subject}-{period}.pdf" : $"{subject}-{period}.{language.Tag}.pdf");
        BriefOutcome outcome;
        try
        {
            outcome = await service.GetOrCreateAsync(new BriefRequest(subject, period, Language: language), BriefWriteMode.RefreshIfChanged, cancellationToken);
        }
        catch (DataInvalidException)
        {
            Console.Error.WriteLine($"error: '{subject}' is not in the valid data; fix the errors above.");
            return ExitCodes.InvalidData;
        }
        catch (BriefTooLargeException ex)
        {
            Console.Error.WriteLine($"error: the brief of '{subject}' for {period} is not rendered: {ex.Message}");
            return ExitCodes.InvalidData;
        }
        catch (BriefSubjectNotFoundException ex)
        {
            var known = loaded.Dataset.Partnerships.Select(p => p.Id).Concat(loaded.Dataset.Places.Select(p => p.Id)).Take(20);
            throw new UsageException($"{ex.Message} Known ids: {string.Join(", ", known)}.");
        }

        var title = outcome.Status == BriefStatus.Rendered ? "Wrote" : "Up to date (inputs unchanged):";
        Console.WriteLine($"{title} {path} ({outcome.Info.Size / 1024.0:0.0} KiB, {watch.ElapsedMilliseconds} ms): {outcome.Title}, {language.Month(period).TrimEnd('.')}.");
        return loaded.HasErrors ? ExitCodes.InvalidData : ExitCodes.Ok;
    }
}
