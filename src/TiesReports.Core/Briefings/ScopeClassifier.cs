using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// Decides for each fact what it is about, seen from the brief's subject: the partnership (it names both
/// places), the home place's wider ties, another partner of the home place, or an aggregate. A fact that
/// touches neither place is not part of the brief (null).
/// </summary>
internal sealed class ScopeClassifier(Dataset dataset, Place home, IReadOnlyList<Place> subjectPartners, IReadOnlySet<string>? partnerCountries = null)
{
    private readonly HashSet<string> _subjectPartners = subjectPartners.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _allPartners = dataset.ByPlace.PartnersOf(home.Id);
    private readonly IReadOnlySet<string> _partnerCountries = partnerCountries ?? subjectPartners.Select(p => p.Country).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Scopes as a partnership brief of <paramref name="home"/> with a partner in one of <paramref name="countries"/>
    /// sees every row that does not name that partner: such a row is classified alike for all partners in a country.
    /// </summary>
    public static ScopeClassifier ForPartnerIn(Dataset dataset, Place home, IReadOnlySet<string> countries) =>
        new(dataset, home, [], countries);

    public bool IsSubjectPlace(string placeId) => placeId == home.Id || _subjectPartners.Contains(placeId);

    /// <summary>Institutions, events: a host place and the places they link.</summary>
    // A brief classifies every row that names one of its places, thousands for a city with many partners: the
    // checks below are plain loops, without a list or a closure per row.
    public FactScope? OfLinked(string hostId, IReadOnlyList<string> relatedIds)
    {
        if ((hostId == home.Id || Contains(relatedIds, home.Id)) && (_subjectPartners.Contains(hostId) || AnyIn(relatedIds, _subjectPartners)))
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

        foreach (var r in relatedIds)
        {
            if (r != home.Id && _allPartners.Contains(r) && !_subjectPartners.Contains(r))
            {
                return FactScope.OtherPartner;
            }
        }

        foreach (var r in relatedIds)
        {
            if (IsInPartnerCountry(r) || r == home.Id)
            {
                return FactScope.Place;
            }
        }

        return null;
    }

    /// <summary>Transport links: the places they join. Only links from the home place are part of its brief.</summary>
    public FactScope? OfJoined(IReadOnlyList<string> placeIds)
    {
        if (!Contains(placeIds, home.Id))
        {
            return null;
        }

        var scope = (FactScope?)null;
        foreach (var p in placeIds)
        {
            if (p == home.Id)
            {
                continue;
            }

            if (_subjectPartners.Contains(p))
            {
                return FactScope.Partnership;
            }

            if (_allPartners.Contains(p))
            {
                scope = FactScope.OtherPartner;
            }
            else if (scope is null && IsInPartnerCountry(p))
            {
                scope = FactScope.Place;
            }
        }

        return scope;
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

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        foreach (var x in ids)
        {
            if (x == id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(IReadOnlyList<string> ids, HashSet<string> set)
    {
        foreach (var x in ids)
        {
            if (set.Contains(x))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInPartnerCountry(string placeId) => dataset.FindPlace(placeId) is { } place && _partnerCountries.Contains(place.Country);
}
