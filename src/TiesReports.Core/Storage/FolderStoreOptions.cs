namespace TiesReports.Core.Storage;

/// <summary>The folders of a <see cref="FolderReportStore"/>.</summary>
public sealed class FolderStoreOptions
{
    public string DataPath { get; set; } = "seeds";

    public string BriefsPath { get; set; } = "out/briefs";
}
