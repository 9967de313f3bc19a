namespace TiesReports.Core.Model;

/// <summary>How many enterprises from one country operate in a place.</summary>
public sealed record EnterpriseCount(
    string Id,
    string HostPlaceId,
    string OriginCountry,
    int Count,
    DatedFact AsOf,
    string Description,
    string SourceId, Translations? Translations = null);
