namespace TiesReports.Core.Loading;

/// <summary>An id a file declares, with where, so that a clash with another file can point at both.</summary>
internal readonly record struct DeclaredId(string Collection, string Id, JsonLocation Location);
