namespace TiesReports.Briefs.Services;

/// <summary>Metadata keys stored with every brief (blob metadata or the folder store's sidecar).</summary>
public static class BriefMetadata
{
    public const string InputHash = "inputhash";
    public const string Subject = "subject";
    public const string Period = "period";
    public const string LayoutVersion = "layoutversion";
    public const string Language = "language";
}
