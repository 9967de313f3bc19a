namespace TiesReports.Core.Storage;

/// <summary>Containers of the Azure Blob Storage store; bound from the "Storage" configuration section.</summary>
public sealed class BlobStoreOptions
{
    public const string SectionName = "Storage";

    public string DataContainer { get; set; } = "data";

    public string BriefsContainer { get; set; } = "briefs";

    /// <summary>Largest blob uploaded in one request; one request keeps every upload atomic.</summary>
    public long SingleUploadLimitBytes { get; set; } = 64 * 1024 * 1024;
}
