using TiesReports.Core.Loading;
using TiesReports.Core.Model;

namespace TiesReports.Briefs.Services;

/// <summary>Where a brief is stored: "{subjectId}/{yyyy-MM}.pdf" in the briefs area.</summary>
public static class BriefNames
{
    public static string For(string subjectId, Month period)
    {
        var reason = SafeId.Check(subjectId);
        if (reason is not null)
        {
            throw new ArgumentException($"Unsafe subject id: {reason}.", nameof(subjectId));
        }

        return $"{subjectId}/{period}.pdf";
    }

    /// <summary>The briefing model (JSON) stored beside each PDF: "{subjectId}/{yyyy-MM}.json".</summary>
    public static string ModelFor(string subjectId, Month period) => Path.ChangeExtension(For(subjectId, period), ".json");

    /// <summary>Reads a stored name back; false for anything that is not a brief.</summary>
    public static bool TryParse(string name, out string subjectId, out Month period)
    {
        subjectId = "";
        period = default;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !name.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return false;
        }

        subjectId = name[..slash];
        return SafeId.IsValid(subjectId) && Month.TryParse(name[(slash + 1)..^4], out period, out _);
    }
}
