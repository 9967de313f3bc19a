namespace TiesReports.Core.Loading;

/// <summary>An id a file declares, with where, so that a clash with another file can point at both.</summary>
internal sealed record DeclaredId(string Collection, string Id, JsonPath Path);
