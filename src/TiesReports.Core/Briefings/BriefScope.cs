namespace TiesReports.Core.Briefings;

public enum BriefScope
{
    /// <summary>One partnership between two places.</summary>
    Partnership,

    /// <summary>One city or region with all its partners.</summary>
    Place,
}
