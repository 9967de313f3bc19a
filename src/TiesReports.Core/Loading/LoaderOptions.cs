namespace TiesReports.Core.Loading;

/// <summary>Limits on what the loader reads.</summary>
public sealed class LoaderOptions
{
    /// <summary>Files larger than this are refused unread, so a stray dump cannot exhaust memory.</summary>
    public long MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>When set, text holding a character it cannot draw is an error. The hosts set it from the shipped fonts.</summary>
    public ICharacterCoverage? Coverage { get; set; }
}
