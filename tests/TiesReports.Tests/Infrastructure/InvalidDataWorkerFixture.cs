using System.Text.Json.Nodes;
using TiesReports.Core.Storage;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// The worker on the Dalian seed plus "harbin.json", a file with well over a hundred errors (so an error
/// response is large enough to outgrow a writer's buffer), holding the partnership dalian-harbin.
/// </summary>
public sealed class InvalidDataWorkerFixture : FunctionsWorkerFixture
{
    public const int PlaceErrors = 150;

    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        var broken = SeedData.Tree();
        broken["dataset"]!["id"] = "harbin";
        var template = broken["places"]![0]!;
        var places = new JsonArray();
        for (var i = 0; i < PlaceErrors; i++)
        {
            var place = template.DeepClone();
            place["id"] = $"harbin-district-{i}";
            place["country"] = "ZZ";
            places.Add(place);
        }

        broken["places"] = places;
        broken["partnerships"] = JsonNode.Parse("""[{"id":"dalian-harbin","title":"x","placeIds":["dalian","harbin"],"stage":"contact","since":"2020","sourceId":"chinadaily-dalian-russian-cities"}]""");
        foreach (var key in new[] { "trade", "enterprises", "institutions", "connections", "events" })
        {
            broken.Remove(key);
        }

        await Store.WriteAsync(StoreArea.Data, "harbin.json", SeedData.ToBytes(broken), WriteRequest.Json, CancellationToken.None);
    }
}
