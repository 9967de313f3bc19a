namespace TiesReports.Core.Briefings;

/// <summary>No partnership or place has the requested id in the valid data.</summary>
public sealed class BriefSubjectNotFoundException : Exception
{
    public BriefSubjectNotFoundException()
    {
    }

    public BriefSubjectNotFoundException(string message)
        : base(message)
    {
    }

    public BriefSubjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
