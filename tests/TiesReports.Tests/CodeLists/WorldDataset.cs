using System.Text.Json.Nodes;
using TiesReports.Core.Loading;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.CodeLists;

/// <summary>A small valid data file with a hub in China and one partner per given country, for code-list tests.</summary>
internal static class WorldDataset
{
    public const string Hub = "hub";

    public static string PartnerId(string country) => "partner-" + country.ToLowerInvariant();

    public static string PartnershipId(string country) => "hub-" + PartnerId(country);

    public static JsonObject Tree(IEnumerable<string> countries, Func<string, string>? partnerName = null)
    {
        var places = new JsonArray { Place(Hub, "city", "Hub City", "枢纽市", "CN") };
        var partnerships = new JsonArray();
        foreach (var country in countries)
        {
            places.Add(Place(PartnerId(country), "city", partnerName?.Invoke(country) ?? $"Partner {country}", $"Partner {country}", country));
            partnerships.Add(new JsonObject
            {
                ["id"] = PartnershipId(country),
                ["title"] = $"Friendship agreement with {country}",
                ["placeIds"] = new JsonArray(Hub, PartnerId(country)),
                ["stage"] = "sister-cities",
                ["since"] = "2015-05-01",
                ["sourceId"] = "src",
            });
        }

        return new JsonObject
        {
            ["dataset"] = new JsonObject { ["id"] = "world", ["title"] = "World test data", ["asOf"] = "2026-11-01", ["synthetic"] = true },
            ["sources"] = new JsonArray(new JsonObject { ["id"] = "src", ["publisher"] = "Tests", ["title"] = "Test data", ["date"] = "2026-11-01" }),
            ["places"] = places,
            ["partnerships"] = partnerships,
        };
    }

    public static JsonObject Trade(string id, string currency, decimal value, string period = "2025") => new()
    {
        ["id"] = id,
        ["reporterId"] = Hub,
        ["counterpartId"] = PartnerId("JP"),
        ["period"] = period,
        ["value"] = value,
        ["currency"] = currency,
        ["sourceId"] = "src",
    };

    public static LoadResult Load(JsonObject tree) => SeedData.Load(("world.json", SeedData.ToBytes(tree)));

    private static JsonObject Place(string id, string kind, string name, string nativeName, string country) => new()
    {
        ["id"] = id,
        ["kind"] = kind,
        ["name"] = name,
        ["nativeName"] = nativeName,
        ["country"] = country,
        ["sourceId"] = "src",
    };
}
