namespace TiesReports.Layout.Rendering;

/// <summary>The document would exceed the page limit; it is refused instead of exhausting time and memory.</summary>
public sealed class DocumentTooLargeException : Exception
{
    public DocumentTooLargeException()
    {
    }

    public DocumentTooLargeException(string message)
        : base(message)
    {
    }

    public DocumentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
