namespace TiesReports.Delivery.Sending;

/// <summary>The data of the CloudEvent a webhook carries (type org.tiesreports.brief.published).</summary>
public sealed record BriefPublished(
    string Subject,
    string Title,
    string Period,
    long Size,
    string Sha256,
    string InputHash,
    DateTimeOffset Stored,
    string Url,
    string Feed);
