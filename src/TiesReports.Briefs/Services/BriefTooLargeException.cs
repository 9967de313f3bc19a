namespace TiesReports.Briefs.Services;

/// <summary>The brief would exceed the page limit; the core's own name for the layout layer's limit, so shells need not know the layout.</summary>
public sealed class BriefTooLargeException : Exception
{
    public BriefTooLargeException()
    {
    }

    public BriefTooLargeException(string message)
        : base(message)
    {
    }

    public BriefTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
