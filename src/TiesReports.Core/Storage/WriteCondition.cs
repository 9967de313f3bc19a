namespace TiesReports.Core.Storage;

public enum WriteCondition
{
    /// <summary>Replace whatever is there.</summary>
    Overwrite,

    /// <summary>Write only when nothing is stored under the name (If-None-Match: *).</summary>
    CreateIfAbsent,

    /// <summary>Replace only the version whose ETag is given (If-Match).</summary>
    IfMatch,
}
