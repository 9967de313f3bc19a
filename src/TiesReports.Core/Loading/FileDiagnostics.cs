namespace TiesReports.Core.Loading;

/// <summary>Collects the errors, references and declared ids of one file while it is parsed.</summary>
internal sealed class FileDiagnostics(string file, ICharacterCoverage? coverage = null, TextPool? pool = null)
{
    public string File { get; } = file;

    /// <summary>The load's shared ids and codes.</summary>
    public TextPool Pool { get; } = pool ?? new TextPool();

    public List<DataError> Errors { get; } = [];

    public List<PendingReference> References { get; } = [];

    public List<DeclaredId> Declared { get; } = [];

    public void Error(string path, string reason) => Errors.Add(new DataError(File, path, reason));

    public void Error(JsonPath path, string reason) => Error(path.ToString(), reason);

    public void Error(JsonLocation location, string reason) => Error(location.ToString(), reason);

    /// <summary>Whether a shipped font draws every character of <paramref name="text"/> (or no fonts are checked).</summary>
    public bool IsDrawable(string text)
    {
        if (coverage is null)
        {
            return true;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value != '\n' && !coverage.CanDraw(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports each distinct character of <paramref name="text"/> that no shipped font can draw.</summary>
    public void CheckDrawable(JsonPath path, string text)
    {
        if (coverage is null)
        {
            return;
        }

        HashSet<int>? reported = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n' || coverage.CanDraw(rune.Value) || !(reported ??= []).Add(rune.Value))
            {
                continue;
            }

            Error(path, $"U+{rune.Value:X4} {coverage.NameOf(rune.Value)} cannot be drawn by any font shipped with TiesReports, in '{SafeId.Printable(text)}'");
        }
    }
}
