namespace TiesReports.Core.Loading;

/// <summary>
/// One problem in one data file: the file or blob, the JSON path inside it, and the reason in plain words.
/// </summary>
public sealed record DataError(string File, string Path, string Reason)
{
    public override string ToString() => $"{File}: {Path}: {Reason}";
}
