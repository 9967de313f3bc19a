namespace TiesReports.Delivery.Targets;

/// <summary>A webhook target that must not be called: not https, or resolving to an internal address.</summary>
public sealed class TargetRefusedException : Exception
{
    public TargetRefusedException()
    {
    }

    public TargetRefusedException(string message)
        : base(message)
    {
    }

    public TargetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
