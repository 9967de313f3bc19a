namespace TiesReports.Layout.Rendering;

/// <summary>
/// The PDF's information dictionary and language. <see cref="CreationDate"/> comes from the data, never the
/// clock, so the same input renders to the same bytes.
/// </summary>
public sealed record DocumentMetadata(string Title, string Subject, string Author, string Keywords, string Language, DateTime CreationDate);
