namespace TiesReports.Briefs.Services;

public enum BriefStatus
{
    /// <summary>Rendered now and stored.</summary>
    Rendered,

    /// <summary>Served from storage: its inputs had not changed.</summary>
    Cached,

    /// <summary>A brief for the month was already stored and was kept (monthly run).</summary>
    Kept,
}
