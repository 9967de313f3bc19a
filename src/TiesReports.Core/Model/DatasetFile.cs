namespace TiesReports.Core.Model;

/// <summary>The records of one data file, parsed and checked on their own, before cross-file references.</summary>
public sealed record DatasetFile(
    string Name,
    DatasetInfo Info,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Partnership> Partnerships,
    IReadOnlyList<TradeFigure> Trade,
    IReadOnlyList<EnterpriseCount> Enterprises,
    IReadOnlyList<Institution> Institutions,
    IReadOnlyList<Connection> Connections,
    IReadOnlyList<CooperationEvent> Events);
