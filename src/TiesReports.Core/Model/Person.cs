namespace TiesReports.Core.Model;

/// <summary>Someone who acted for a side of a partnership, in the capacity the source states.</summary>
public sealed record Person(string Name, string Role, string PlaceId, string Capacity, string SourceId, Translations? Translations = null);
