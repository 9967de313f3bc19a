namespace TiesReports.Core.Model;

/// <summary>
/// The controlled lists of the data format: the one source of every code. The JSON Schema in seeds/ and the
/// tables in the README are generated from these lists, and a test fails on any difference in either direction.
/// Countries and currencies come from CLDR (see <see cref="Countries"/> and <see cref="Currencies"/>). Sectors,
/// institution, connection and event kinds follow the OECD DAC Creditor Reporting System: sectors its 3-digit
/// sector categories (<see cref="Term.Basis"/> names each), institution kinds its channel-of-delivery categories,
/// connection kinds its transport, communications and energy sub-sectors, event kinds its technical-cooperation
/// activity types, together with the exchange formats of town twinning; each list ends with <c>other</c>.
/// </summary>
public static class Vocabularies
{
    public static Vocabulary SectorTopics { get; } = new(
        "sector topic",
        new("economy-trade", "Economy and trade"),
        new("people-to-people", "People-to-people exchange"),
        new("infrastructure-logistics", "Infrastructure and logistics"),
        new("resources-industry", "Resources and industry"),
        new("environment-urban", "Environment and urban development"),
        new("health-social", "Health, social services and relief"),
        new("public-administration", "Public administration"),
        new("other", "Other sectors"));

    public static Vocabulary Sectors { get; } = new(
        "sector",
        new("economy", "Economy and trade", "economy-trade", "OECD DAC 331"),
        new("trade-promotion", "Trade promotion", "economy-trade", "OECD DAC 331"),
        new("investment", "Investment", "economy-trade", "OECD DAC 250"),
        new("business-services", "Business and enterprise development", "economy-trade", "OECD DAC 250"),
        new("finance", "Banking and financial services", "economy-trade", "OECD DAC 240"),
        new("tourism", "Tourism", "economy-trade", "OECD DAC 332"),
        new("digital-economy", "Digital economy", "economy-trade", "OECD DAC 220"),
        new("culture", "Culture", "people-to-people", "OECD DAC 160"),
        new("education", "Education", "people-to-people", "OECD DAC 110"),
        new("higher-education", "Higher education", "people-to-people", "OECD DAC 110"),
        new("vocational-training", "Vocational training", "people-to-people", "OECD DAC 110"),
        new("science-technology", "Science and technology", "people-to-people", "OECD DAC 430"),
        new("sports", "Sports", "people-to-people", "OECD DAC 160"),
        new("youth", "Youth exchanges", "people-to-people", "OECD DAC 160"),
        new("media", "Media and information", "people-to-people", "OECD DAC 151"),
        new("civil-society", "Civil society and friendship associations", "people-to-people", "OECD DAC 151"),
        new("infrastructure", "Infrastructure connectivity", "infrastructure-logistics", "OECD DAC 210"),
        new("transport", "Transport", "infrastructure-logistics", "OECD DAC 210"),
        new("aviation", "Aviation", "infrastructure-logistics", "OECD DAC 210"),
        new("port-construction", "Port construction", "infrastructure-logistics", "OECD DAC 210"),
        new("maritime-logistics", "Maritime logistics", "infrastructure-logistics", "OECD DAC 210"),
        new("logistics", "Logistics and storage", "infrastructure-logistics", "OECD DAC 210"),
        new("telecommunications", "Telecommunications", "infrastructure-logistics", "OECD DAC 220"),
        new("construction", "Construction", "infrastructure-logistics", "OECD DAC 323"),
        new("water-sanitation", "Water supply and sanitation", "infrastructure-logistics", "OECD DAC 140"),
        new("energy", "Energy", "resources-industry", "OECD DAC 230"),
        new("minerals", "Minerals", "resources-industry", "OECD DAC 322"),
        new("timber", "Timber and timber processing", "resources-industry", "OECD DAC 312"),
        new("agriculture", "Agriculture", "resources-industry", "OECD DAC 311"),
        new("food", "Food", "resources-industry", "OECD DAC 311"),
        new("fisheries", "Fisheries", "resources-industry", "OECD DAC 313"),
        new("marine-products-processing", "Deep processing of marine products", "resources-industry", "OECD DAC 321"),
        new("marine-economy", "Marine economy", "resources-industry", "OECD DAC 313"),
        new("industry", "Industry and manufacturing", "resources-industry", "OECD DAC 321"),
        new("machinery-manufacturing", "Machinery manufacturing", "resources-industry", "OECD DAC 321"),
        new("industrial-cooperation", "Industrial cooperation projects", "resources-industry", "OECD DAC 321"),
        new("environment", "Environmental protection", "environment-urban", "OECD DAC 410"),
        new("climate", "Climate action", "environment-urban", "OECD DAC 410"),
        new("urban-planning", "Urban planning and development", "environment-urban", "OECD DAC 430"),
        new("rural-development", "Rural development", "environment-urban", "OECD DAC 430"),
        new("health", "Health", "health-social", "OECD DAC 120"),
        new("social-services", "Social services", "health-social", "OECD DAC 160"),
        new("disaster-risk", "Disaster prevention and preparedness", "health-social", "OECD DAC 740"),
        new("humanitarian-aid", "Humanitarian aid", "health-social", "OECD DAC 720"),
        new("government-coordination", "Government communication and coordination", "public-administration", "OECD DAC 151"),
        new("local-government", "Local government and public administration", "public-administration", "OECD DAC 151"),
        new("public-safety", "Public safety and justice", "public-administration", "OECD DAC 151"),
        new(Vocabulary.OtherCode, "Other", "other"));

    public static Vocabulary SectorStatuses { get; } = new(
        "sector status",
        new("proposed", "Proposed"),
        new("aim", "Stated aim"),
        new("agreed", "Agreed"),
        new("active", "Active"),
        new("paused", "Paused"),
        new("completed", "Completed"));

    public static Vocabulary PartnershipStages { get; } = new(
        "partnership stage",
        new("contact", "Initial contact"),
        new("memorandum-signed", "Memorandum signed"),
        new("friendly-relations", "Friendly relations"),
        new("sister-cities", "Sister cities"),
        new("suspended", "Suspended"),
        new("ended", "Ended"));

    /// <summary>How the brief names each kind of place: the label is printed on the place's card.</summary>
    public static Vocabulary PlaceKinds { get; } = new(
        "place kind",
        new("city", "City"),
        new("town", "Town"),
        new("municipality", "Municipality"),
        new("district", "District"),
        new("county", "County"),
        new("prefecture", "Prefecture"),
        new("province", "Province"),
        new("state", "State"),
        new("region", "Region"),
        new("territory", "Territory"),
        new("canton", "Canton"),
        new("department", "Department"),
        new("governorate", "Governorate"),
        new("emirate", "Emirate"),
        new("autonomous-region", "Autonomous region"),
        new("special-administrative-region", "Special administrative region"));

    public static Vocabulary PersonCapacities { get; } = new(
        "capacity",
        new("signatory", "Signatory"),
        new("representative", "Representative"),
        new("participant", "Participant"));

    public static Vocabulary InstitutionKinds { get; } = new(
        "institution kind",
        new("trade-office", "Trade representative office", Basis: "OECD CRS channel 10000"),
        new("cooperation-centre", "Cooperation centre", Basis: "OECD CRS channel 10000"),
        new("consulate", "Consulate", Basis: "OECD CRS channel 11000"),
        new("embassy", "Embassy", Basis: "OECD CRS channel 11000"),
        new("government-agency", "Government agency", Basis: "OECD CRS channel 10000"),
        new("investment-agency", "Investment promotion agency", Basis: "OECD CRS channel 10000"),
        new("chamber-of-commerce", "Chamber of commerce", Basis: "OECD CRS channel 60000"),
        new("business-association", "Business association", Basis: "OECD CRS channel 60000"),
        new("company", "Company", Basis: "OECD CRS channel 60000"),
        new("industrial-park", "Industrial park", Basis: "OECD CRS channel 60000"),
        new("university-partnership", "University partnership", Basis: "OECD CRS channel 51000"),
        new("university", "University", Basis: "OECD CRS channel 51000"),
        new("research-institute", "Research institute", Basis: "OECD CRS channel 51000"),
        new("school", "School", Basis: "OECD CRS channel 51000"),
        new("cultural-centre", "Cultural centre", Basis: "OECD CRS channel 20000"),
        new("friendship-association", "Friendship association", Basis: "OECD CRS channel 20000"),
        new("ngo", "Non-governmental organisation", Basis: "OECD CRS channel 20000"),
        new("public-private-partnership", "Public-private partnership", Basis: "OECD CRS channel 30000"),
        new("international-organisation", "International organisation", Basis: "OECD CRS channel 40000"),
        new(Vocabulary.OtherCode, "Other"));

    public static Vocabulary ConnectionKinds { get; } = new(
        "connection kind",
        new("direct-flight", "Direct flights", Basis: "OECD DAC 210 (air transport)"),
        new("air-cargo", "Air cargo route", Basis: "OECD DAC 210 (air transport)"),
        new("shipping-route", "Shipping route", Basis: "OECD DAC 210 (water transport)"),
        new("port-link", "Port link", Basis: "OECD DAC 210 (water transport)"),
        new("ferry", "Ferry", Basis: "OECD DAC 210 (water transport)"),
        new("rail", "Rail", Basis: "OECD DAC 210 (rail transport)"),
        new("rail-freight", "Rail freight route", Basis: "OECD DAC 210 (rail transport)"),
        new("road", "Road", Basis: "OECD DAC 210 (road transport)"),
        new("bus-route", "Bus route", Basis: "OECD DAC 210 (road transport)"),
        new("border-crossing", "Border crossing", Basis: "OECD DAC 210 (transport policy)"),
        new("pipeline", "Pipeline", Basis: "OECD DAC 230 (energy distribution)"),
        new("power-line", "Power line", Basis: "OECD DAC 230 (energy distribution)"),
        new("telecom-link", "Telecommunications link", Basis: "OECD DAC 220"),
        new(Vocabulary.OtherCode, "Other"));

    public static Vocabulary ConnectionStatuses { get; } = new(
        "connection status",
        new("planned", "Planned"),
        new("launched", "Launched"),
        new("operating", "Operating"),
        new("suspended", "Suspended"));

    public static Vocabulary EventKinds { get; } = new(
        "event kind",
        new("conference", "Conference"),
        new("forum", "Forum"),
        new("summit", "Summit"),
        new("festival", "Festival"),
        new("exhibition", "Exhibition"),
        new("trade-fair", "Trade fair"),
        new("visit", "Official visit"),
        new("business-mission", "Business mission"),
        new("working-meeting", "Working meeting"),
        new("signing", "Signing"),
        new("anniversary", "Partnership anniversary"),
        new("training", "Training", Basis: "OECD DAC type of aid D02"),
        new("student-exchange", "Student exchange", Basis: "OECD DAC type of aid E01"),
        new("expert-exchange", "Expert exchange", Basis: "OECD DAC type of aid D01"),
        new("sports-event", "Sports event"),
        new(Vocabulary.OtherCode, "Other"));

    /// <summary>Every active ISO 4217 code; a withdrawn one (RUR) is rejected with its replacement (RUB).</summary>
    public static Vocabulary Currencies { get; } = Vocabulary.FromStandard(
        "currency",
        "ISO 4217",
        Model.Currencies.All.Select(c => new Term(c.Code, c.Name)).ToList(),
        Model.Currencies.All.Select(c => KeyValuePair.Create(c.Name, c.Code)),
        Model.Currencies.Retired);

    /// <summary>Every ISO 3166-1 alpha-2 code and <c>XX</c> for a country the data does not know.</summary>
    public static Vocabulary Countries { get; } = Vocabulary.FromStandard(
        "country",
        "ISO 3166-1",
        Model.Countries.All.Append(Model.Countries.Unknown).Select(c => new Term(c.Code, c.EnglishName)).ToList(),
        Model.Countries.All.SelectMany(CountryAliases),
        Model.Countries.Retired);

    /// <summary>Every list of the data format, by the name the schema's <c>$defs</c> give it.</summary>
    public static IReadOnlyDictionary<string, Vocabulary> BySchemaName { get; } = new Dictionary<string, Vocabulary>(StringComparer.Ordinal)
    {
        ["sector"] = Sectors,
        ["sectorStatus"] = SectorStatuses,
        ["partnershipStage"] = PartnershipStages,
        ["placeKind"] = PlaceKinds,
        ["capacity"] = PersonCapacities,
        ["institutionKind"] = InstitutionKinds,
        ["connectionKind"] = ConnectionKinds,
        ["connectionStatus"] = ConnectionStatuses,
        ["eventKind"] = EventKinds,
        ["currency"] = Currencies,
        ["country"] = Countries,
    };

    /// <summary>The topic a sector is listed under in a brief with many sectors.</summary>
    public static Term SectorTopicOf(string sector) => SectorTopics[Sectors[sector].Topic!];

    // The alpha-3 code (ARE), the English name (Germany) and, for names of three words or more, the initials
    // (UAE for United Arab Emirates) are what people write instead of the alpha-2 code.
    private static IEnumerable<KeyValuePair<string, string>> CountryAliases(Country country)
    {
        yield return KeyValuePair.Create(country.Alpha3, country.Code);
        yield return KeyValuePair.Create(country.EnglishName, country.Code);
        var words = country.EnglishName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
        if (words.Count >= 3)
        {
            yield return KeyValuePair.Create(string.Concat(words.Select(w => w[0])), country.Code);
        }
    }
}
