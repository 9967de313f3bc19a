using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>A numbered reference to an entry of the brief's source list.</summary>
public sealed record SourceRef(int Number, string SourceId)
{
    public override string ToString() => $"[{Number}]";
}

/// <summary>A place as printed: English and native-script names, country and region.</summary>
public sealed record PlaceName(string Id, string Name, string NativeName, string Country, string? Region, string? NativeRegion, string Kind);

/// <summary>A headline figure: label, the value as printed, and its basis.</summary>
public sealed record KeyFigureFact(string Label, string Value, string Detail, SourceRef? Source);

public sealed record PartnerEntry(PlaceName Partner, string PartnershipId, string Title, string Stage, string Since, IReadOnlyList<string> People, SourceRef Source);

public sealed record AimEntry(string Text, SourceRef Source);

public sealed record SectorEntry(string Sector, string Status, string Partner, string Notes, SourceRef Source);

public sealed record TradeRow(string Period, string Flow, string Value, string Converted, SourceRef Source);

/// <summary>Chart values are already divided by the unit (for example billions), as printed on the axis.</summary>
public sealed record TradeChart(string Title, string Unit, bool Monthly, IReadOnlyList<string> Categories, IReadOnlyList<TradeSeries> Series);

public sealed record TradeSeries(string Name, IReadOnlyList<decimal?> Values);

public sealed record TradeFacts(IReadOnlyList<TradeChart> Charts, IReadOnlyList<TradeRow> Rows, IReadOnlyList<string> Notes);

public sealed record InstitutionEntry(string Name, string Kind, string Host, string Related, string Established, SourceRef Source);

public sealed record ConnectionEntry(string Kind, string Places, string Status, string Since, string Description, SourceRef Source);

public sealed record EventEntry(string Name, string Kind, string Place, string When, SourceRef Source);

public sealed record EventFacts(IReadOnlyList<EventEntry> InPeriod, IReadOnlyList<EventEntry> Upcoming, IReadOnlyList<EventEntry> Earlier, int EarlierNotShown);

public sealed record SourceEntry(int Number, string Id, string Citation, Uri? Url);
