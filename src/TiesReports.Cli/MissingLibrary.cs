namespace TiesReports.Cli;

/// <summary>
/// A system library the text layer loads on first need (ICU, HarfBuzz) that is not installed: .NET reports it as a
/// DllNotFoundException, often wrapped in a type initializer's exception, which says nothing to a user by itself.
/// </summary>
public static class MissingLibrary
{
    /// <summary>The missing-library error anywhere in <paramref name="exception"/>'s chain, or null.</summary>
    public static Exception? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return e;
            }
        }

        return null;
    }
}
