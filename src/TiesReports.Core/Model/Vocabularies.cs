namespace TiesReports.Core.Model;

/// <summary>
/// The controlled lists of the data format. The JSON Schema in seeds/ lists the same codes;
/// a test keeps the two in step.
/// </summary>
public static class Vocabularies
{
    public static Vocabulary Sectors { get; } = new(
        "sector",
        new("economy", "Economy and trade"),
        new("culture", "Culture"),
        new("education", "Education"),
        new("higher-education", "Higher education"),
        new("science-technology", "Science and technology"),
        new("sports", "Sports"),
        new("youth", "Youth exchanges"),
        new("tourism", "Tourism"),
        new("health", "Health"),
        new("agriculture", "Agriculture"),
        new("food", "Food"),
        new("energy", "Energy"),
        new("minerals", "Minerals"),
        new("timber", "Timber and timber processing"),
        new("machinery-manufacturing", "Machinery manufacturing"),
        new("fisheries", "Fisheries"),
        new("marine-products-processing", "Deep processing of marine products"),
        new("marine-economy", "Marine economy"),
        new("port-construction", "Port construction"),
        new("maritime-logistics", "Maritime logistics"),
        new("infrastructure", "Infrastructure connectivity"),
        new("industrial-cooperation", "Industrial cooperation projects"),
        new("government-coordination", "Government communication and coordination"),
        new("investment", "Investment"));

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

    public static Vocabulary PlaceKinds { get; } = new(
        "place kind",
        new("city", "City"),
        new("region", "Region"));

    public static Vocabulary PersonCapacities { get; } = new(
        "capacity",
        new("signatory", "Signatory"),
        new("representative", "Representative"),
        new("participant", "Participant"));

    public static Vocabulary InstitutionKinds { get; } = new(
        "institution kind",
        new("trade-office", "Trade representative office"),
        new("cooperation-centre", "Cooperation centre"),
        new("consulate", "Consulate"),
        new("chamber-of-commerce", "Chamber of commerce"),
        new("university-partnership", "University partnership"),
        new("cultural-centre", "Cultural centre"));

    public static Vocabulary ConnectionKinds { get; } = new(
        "connection kind",
        new("direct-flight", "Direct flights"),
        new("shipping-route", "Shipping route"),
        new("port-link", "Port link"),
        new("rail", "Rail"),
        new("road", "Road"));

    public static Vocabulary ConnectionStatuses { get; } = new(
        "connection status",
        new("planned", "Planned"),
        new("launched", "Launched"),
        new("operating", "Operating"),
        new("suspended", "Suspended"));

    public static Vocabulary EventKinds { get; } = new(
        "event kind",
        new("conference", "Conference"),
        new("festival", "Festival"),
        new("visit", "Official visit"),
        new("exhibition", "Exhibition"),
        new("forum", "Forum"),
        new("signing", "Signing"));

    public static Vocabulary Currencies { get; } = new(
        "currency",
        new("CNY", "Chinese yuan"),
        new("RUB", "Russian rouble"),
        new("USD", "US dollar"),
        new("EUR", "Euro"),
        new("JPY", "Japanese yen"),
        new("KRW", "South Korean won"),
        new("GBP", "Pound sterling"),
        new("HKD", "Hong Kong dollar"),
        new("KZT", "Kazakhstani tenge"),
        new("MNT", "Mongolian tögrög"),
        new("CHF", "Swiss franc"),
        new("INR", "Indian rupee"));

    public static Vocabulary Countries { get; } = new(
        "country",
        new("CN", "China"),
        new("RU", "Russia"),
        new("MN", "Mongolia"),
        new("KZ", "Kazakhstan"),
        new("JP", "Japan"),
        new("KR", "South Korea"),
        new("DE", "Germany"),
        new("FR", "France"),
        new("GB", "United Kingdom"),
        new("US", "United States"),
        new("IN", "India"),
        new("XX", "Synthetic country"));
}
