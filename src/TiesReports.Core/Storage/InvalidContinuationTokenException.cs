namespace TiesReports.Core.Storage;

/// <summary>A continuation token that this store did not hand out for this listing: bad input, not an outage.</summary>
public sealed class InvalidContinuationTokenException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    public InvalidContinuationTokenException()
        : this("The continuation token is not valid for this listing.")
    {
    }
}
