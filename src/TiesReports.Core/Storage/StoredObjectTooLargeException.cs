namespace TiesReports.Core.Storage;

/// <summary>An object is larger than a capped read allows; nothing beyond the cap was read.</summary>
public sealed class StoredObjectTooLargeException : Exception
{
    public StoredObjectTooLargeException()
    {
    }

    public StoredObjectTooLargeException(string message)
        : base(message)
    {
    }

    public StoredObjectTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoredObjectTooLargeException(string name, long size, long maxBytes)
        : base($"{name} is {size:N0} bytes or more; at most {maxBytes:N0} are read.")
    {
        Size = size;
    }

    /// <summary>The size seen: the whole object's when the store knows it, else the cap plus one.</summary>
    public long Size { get; }
}
