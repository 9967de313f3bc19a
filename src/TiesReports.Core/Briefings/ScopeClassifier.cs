using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Decides for each fact what it is about, seen from the brief's subject: the partnership (it names both
/// places), the home place's wider ties, another partner of the home place, or an aggregate. A fact that
/// touches neither place is not part of the brief (null).
/// </summary>
internal sealed class ScopeClassifier(Dataset dataset, Place home, IReadOnlyList<Place> subjectPartners)
{
    private readonly HashSet<string> _subjectPartners = subjectPartners.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _allPartners = dataset.ByPlace.Partnerships.Of(home.Id).Select(p => p.PartnerOf(home.Id)).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _partnerCountries = subjectPartners.Select(p => p.Country).ToHashSet(StringComparer.Ordinal);

    public bool IsSubjectPlace(string placeId) => placeId == home.Id || _subjectPartners.Contains(placeId);

    /// <summary>Institutions, events: a host place and the places they link.</summary>
    public FactScope? OfLinked(string hostId, IReadOnlyList<string> relatedIds)
    {
        var places = relatedIds.Prepend(hostId).ToList();
        if (places.Contains(home.Id) && places.Any(_subjectPartners.Contains))
        {
            return FactScope.Partnership;
        }

        if (!IsSubjectPlace(hostId))
        {
            return null;
        }

        if (relatedIds.Count == 0)
        {
            return FactScope.Place;
        }

        if (relatedIds.Any(r => r != home.Id && _allPartners.Contains(r) && !_subjectPartners.Contains(r)))
        {
            return FactScope.OtherPartner;
        }

        return relatedIds.Any(r => IsInPartnerCountry(r) || r == home.Id) ? FactScope.Place : null;
    }

    /// <summary>Transport links: the places they join. Only links from the home place are part of its brief.</summary>
    public FactScope? OfJoined(IReadOnlyList<string> placeIds)
    {
        if (!placeIds.Contains(home.Id))
        {
            return null;
        }

        var others = placeIds.Where(p => p != home.Id).ToList();
        if (others.Any(_subjectPartners.Contains))
        {
            return FactScope.Partnership;
        }

        if (others.Any(_allPartners.Contains))
        {
            return FactScope.OtherPartner;
        }

        return others.Any(IsInPartnerCountry) ? FactScope.Place : null;
    }

    public FactScope? OfTrade(TradeFigure figure)
    {
        if (figure.CounterpartId is { } counterpart)
        {
            if ((figure.ReporterId == home.Id && _subjectPartners.Contains(counterpart)) || (counterpart == home.Id && _subjectPartners.Contains(figure.ReporterId)))
            {
                return FactScope.Partnership;
            }

            // Trade with another partner belongs to that partnership's brief, not this one's context.
            return null;
        }

        return figure.ReporterId == home.Id && _partnerCountries.Contains(figure.CounterpartCountry!) ? FactScope.Aggregate : null;
    }

    public bool IsRelevantEnterpriseCount(EnterpriseCount count) =>
        (count.HostPlaceId == home.Id && _partnerCountries.Contains(count.OriginCountry))
        || (_subjectPartners.Contains(count.HostPlaceId) && count.OriginCountry == home.Country);

    private bool IsInPartnerCountry(string placeId) => dataset.FindPlace(placeId) is { } place && _partnerCountries.Contains(place.Country);
}
