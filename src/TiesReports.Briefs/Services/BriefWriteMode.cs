namespace TiesReports.Briefs.Services;

public enum BriefWriteMode
{
    /// <summary>Serve the stored brief when its inputs are unchanged; re-render and replace it when they changed.</summary>
    RefreshIfChanged,

    /// <summary>Keep whatever brief is stored for the month (the monthly run: exactly one brief per month).</summary>
    KeepExisting,
}
