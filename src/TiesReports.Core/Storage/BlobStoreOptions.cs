namespace TiesReports.Core.Storage;

/// <summary>
/// Containers of the Azure Blob Storage store, bound from the flat settings <c>DataContainer</c> and
/// <c>BriefsContainer</c>: the Functions blob trigger reads <c>%DataContainer%</c>, so the store reads the very same
/// setting and there is no second name for it.
/// </summary>
public sealed class BlobStoreOptions
{
    public string DataContainer { get; set; } = "data";

    public string BriefsContainer { get; set; } = "briefs";

    /// <summary>Largest blob uploaded in one request; one request keeps every upload atomic.</summary>
    public long SingleUploadLimitBytes { get; set; } = 64 * 1024 * 1024;
}
