using TiesReports.Core.Loading;

namespace TiesReports.Functions.Http;

public sealed record DataErrorInfo(string File, string Path, string Reason)
{
    public static DataErrorInfo From(DataError error) => new(error.File, error.Path, error.Reason);
}
