namespace TiesReports.Delivery.Sending;

/// <summary>
/// The data of the CloudEvent a webhook carries (type org.tiesreports.brief.published). Title and summary are
/// in the subscriber's language (<see cref="Language"/>, a BCP 47 tag), as are the brief and feed it links.
/// </summary>
public sealed record BriefPublished(
    string Subject,
    string Title,
    string Language,
    string Summary,
    string Period,
    long Size,
    string Sha256,
    string InputHash,
    DateTimeOffset Stored,
    string Url,
    string Feed);
