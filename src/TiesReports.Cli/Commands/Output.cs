using TiesReports.Core.Loading;

namespace TiesReports.Cli.Commands;

/// <summary>How commands print data errors: one line each, file, path and reason.</summary>
internal static class Output
{
    public static void Errors(IReadOnlyList<DataError> errors)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"invalid: {error}");
        }

        if (errors.Count > 0)
        {
            var files = errors.Select(e => e.File).Distinct().Count();
            Console.Error.WriteLine($"{errors.Count} error(s) in {files} file(s); those files were skipped.");
        }
    }
}
