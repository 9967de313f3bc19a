namespace TiesReports.Core.Loading;

/// <summary>Limits on what the loader reads.</summary>
public sealed class LoaderOptions
{
    /// <summary>Files larger than this are refused unread, so a stray dump cannot exhaust memory.</summary>
    public long MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Whether each file's parse is kept for the next load, so that a change to one file re-parses that file only
    /// (the Functions app). A process that loads once (the CLI) turns it off: the parses' references and ids, a
    /// few hundred bytes a partnership, are then freed once the data is merged instead of held through a batch.
    /// </summary>
    public bool KeepParses { get; set; } = true;

    /// <summary>When set, text holding a character it cannot draw is an error. The hosts set it from the shipped fonts.</summary>
    public ICharacterCoverage? Coverage { get; set; }
}
