using System.Buffers;

namespace TiesReports.Core.Storage;

/// <summary>
/// The rule every object name passes before a store touches it: relative, '/'-separated segments of
/// letters, digits, '.', '_' and '-', none of them '.' or '..'. Nothing can address outside the store's area.
/// </summary>
public static class StoreNames
{
    public const int MaxLength = 512;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    public static string? Check(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "name is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"name is longer than {MaxLength} characters";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "name has an empty segment (a leading, trailing or doubled '/')";
            }

            if (segment.AsSpan().IndexOfAnyExcept(Allowed) >= 0)
            {
                return "name may hold only letters, digits, '.', '_', '-' and '/'";
            }

            if (segment[0] == '.')
            {
                return "no segment of a name may start with '.'";
            }
        }

        return null;
    }

    public static void Validate(string name)
    {
        var reason = Check(name);
        if (reason is not null)
        {
            throw new ArgumentException($"Unsafe object name: {reason}.", nameof(name));
        }
    }
}
