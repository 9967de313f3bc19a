using System.Text.Json.Nodes;

namespace TiesReports.Core.Synthetic;

/// <summary>
/// Lays a generated dataset out as many files, the way large real datasets arrive: one file with the sources
/// and places, and one per partnership with its trade, enterprises, institutions, connections and events.
/// Every reference then crosses files, which is what loading at scale has to resolve.
/// </summary>
public static class SyntheticDatasetSplitter
{
    public const string SharedFileName = "places.json";

    private static readonly string[] PerPartnerCollections = ["trade", "enterprises", "institutions", "connections", "events"];

    public static string PartnershipFileName(int index) => $"partnership-{index + 1:D4}.json";

    public static IReadOnlyList<(string Name, byte[] Content)> Split(SyntheticDatasetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var whole = JsonNode.Parse(SyntheticDatasetGenerator.Generate(options))!.AsObject();
        var shared = new JsonObject
        {
            ["dataset"] = whole["dataset"]!.DeepClone(),
            ["sources"] = whole["sources"]!.DeepClone(),
            ["places"] = whole["places"]!.DeepClone(),
        };
        var partnerFiles = new JsonObject[options.Partnerships];
        var partnerships = whole["partnerships"]!.AsArray();
        for (var i = 0; i < partnerFiles.Length; i++)
        {
            partnerFiles[i] = new JsonObject
            {
                ["dataset"] = whole["dataset"]!.DeepClone(),
                ["partnerships"] = new JsonArray(partnerships[i]!.DeepClone()),
            };
        }

        // Generated partner ids carry their index, so each row finds its partnership's file from its place ids.
        var partnerIndex = Enumerable.Range(0, options.Partnerships).ToDictionary(SyntheticDatasetGenerator.PartnerId, i => i, StringComparer.Ordinal);
        foreach (var collection in PerPartnerCollections)
        {
            foreach (var item in whole[collection]?.AsArray() ?? [])
            {
                var owner = PlaceIdsOf(item!.AsObject()).Select(id => partnerIndex.GetValueOrDefault(id, -1)).FirstOrDefault(i => i >= 0, -1);
                var target = owner < 0 ? shared : partnerFiles[owner];
                if (target[collection] is not JsonArray array)
                {
                    array = [];
                    target[collection] = array;
                }

                array.Add(item.DeepClone());
            }
        }

        return [(SharedFileName, Bytes(shared)), .. partnerFiles.Select((file, i) => (PartnershipFileName(i), Bytes(file)))];
    }

    private static IEnumerable<string> PlaceIdsOf(JsonObject item)
    {
        foreach (var name in new[] { "reporterId", "counterpartId", "hostPlaceId", "placeId" })
        {
            if (item[name] is JsonValue value && value.TryGetValue<string>(out var id))
            {
                yield return id;
            }
        }

        foreach (var name in new[] { "placeIds", "relatedPlaceIds" })
        {
            foreach (var id in item[name]?.AsArray() ?? [])
            {
                yield return id!.GetValue<string>();
            }
        }
    }

    private static byte[] Bytes(JsonObject file) => System.Text.Encoding.UTF8.GetBytes(file.ToJsonString());
}
