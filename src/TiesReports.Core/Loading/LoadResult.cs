using TiesReports.Core.Model;

namespace TiesReports.Core.Loading;

/// <summary>The merged data of every valid file, and the errors of every rejected one.</summary>
public sealed record LoadResult(Dataset Dataset, IReadOnlyList<DataError> Errors, IReadOnlyList<string> LoadedFiles, IReadOnlyList<string> RejectedFiles)
{
    public bool HasErrors => Errors.Count > 0;
}
