using TiesReports.Core.Loading;

namespace TiesReports.Briefs.Services;

/// <summary>The requested subject is missing because the data that should hold it is invalid.</summary>
public sealed class DataInvalidException : Exception
{
    public DataInvalidException()
        : this([])
    {
    }

    public DataInvalidException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DataInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DataInvalidException(IReadOnlyList<DataError> errors)
        : base($"The data is invalid: {errors.Count} error(s).")
    {
        Errors = errors;
    }

    public IReadOnlyList<DataError> Errors { get; }
}
