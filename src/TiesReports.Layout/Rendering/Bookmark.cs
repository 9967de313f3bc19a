namespace TiesReports.Layout.Rendering;

/// <summary>An outline entry: a title pointing at a place on a page.</summary>
public sealed record Bookmark(string Title, int Level, int PageIndex, double Y);
