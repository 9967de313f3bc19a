namespace TiesReports.Functions.Http;

/// <summary>A request the API refuses before touching anything (400, 413, 415), with the reason for the client.</summary>
public sealed class RequestRejectedException : Exception
{
    public RequestRejectedException()
    {
    }

    public RequestRejectedException(string message)
        : base(message)
    {
    }

    public RequestRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RequestRejectedException(int status, string title, string message)
        : base(message)
    {
        Status = status;
        Title = title;
    }

    public int Status { get; } = 400;

    public string Title { get; } = "Bad request";
}
