namespace TiesReports.Core.Loading;

/// <summary>Collects the errors, references and declared ids of one file while it is parsed.</summary>
internal sealed class FileDiagnostics(string file)
{
    public string File { get; } = file;

    public List<DataError> Errors { get; } = [];

    public List<PendingReference> References { get; } = [];

    public List<DeclaredId> Declared { get; } = [];

    public void Error(string path, string reason) => Errors.Add(new DataError(File, path, reason));
}
