namespace TiesReports.Core.Model;

/// <summary>A city or region, named in English and in its own script.</summary>
public sealed record Place(
    string Id,
    string Kind,
    string Name,
    string NativeName,
    string Country,
    string? Region,
    string? NativeRegion,
    string SourceId);
