namespace TiesReports.Core.Briefings;

/// <summary>A place as printed: English and native-script names, country and region.</summary>
public sealed record PlaceName(string Id, string Name, string NativeName, string Country, string? Region, string? NativeRegion, string Kind);
