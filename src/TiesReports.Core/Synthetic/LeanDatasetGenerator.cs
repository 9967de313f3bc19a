using System.Globalization;
using System.Text.Json;
using TiesReports.Core.Model;

namespace TiesReports.Core.Synthetic;

/// <summary>
/// The most partnerships per byte the format allows, for loading and briefing at scale: each partnership holds
/// only its required fields and joins two of a few hundred places (every pair in turn), so 100,000 fit in one
/// file of about 15 MB, under the loader's 16 MiB limit. A place for every partnership could not fit: a place
/// and a partnership take about 200 bytes even with the shortest ids.
/// </summary>
public static class LeanDatasetGenerator
{
    /// <summary>The number of places whose pairs hold <paramref name="partnerships"/> partnerships.</summary>
    public static int PlacesFor(int partnerships)
    {
        var places = 2;
        while ((long)places * (places - 1) / 2 < partnerships)
        {
            places++;
        }

        return places;
    }

    public static string PlaceId(int index) => $"lean-{index + 1:D3}";

    /// <summary>The id of the partnership between places <paramref name="first"/> and <paramref name="second"/> (first &lt; second).</summary>
    public static string PartnershipId(int first, int second) => $"lean-{first + 1:D3}-{second + 1:D3}";

    public static byte[] Generate(SyntheticDatasetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var places = PlacesFor(options.Partnerships);
        var stages = Vocabularies.PartnershipStages.Terms.Take(4).ToArray();
        var kinds = Vocabularies.PlaceKinds.Terms;
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            SyntheticDatasetGenerator.WriteDatasetHeader(json, $"synthetic-lean-{options.Partnerships}", $"Synthetic dataset, lean: {options.Partnerships} partnerships between {places} places", options.AsOf);
            SyntheticDatasetGenerator.WriteSources(json);

            json.WriteStartArray("places");
            for (var i = 0; i < places; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", PlaceId(i));
                json.WriteString("kind", kinds[i % kinds.Count].Code);
                json.WriteString("name", $"Lean {i + 1:D3}");
                json.WriteString("nativeName", $"Lean {i + 1:D3}");
                json.WriteString("country", SyntheticDatasetGenerator.PartnerCountry(i).Code);
                json.WriteString("sourceId", SyntheticDatasetGenerator.SourceId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("partnerships");
            var written = 0;
            for (var first = 0; first < places && written < options.Partnerships; first++)
            {
                for (var second = first + 1; second < places && written < options.Partnerships; second++, written++)
                {
                    json.WriteStartObject();
                    json.WriteString("id", PartnershipId(first, second));
                    json.WriteString("title", $"Agreement {written + 1}");
                    json.WriteStartArray("placeIds");
                    json.WriteStringValue(PlaceId(first));
                    json.WriteStringValue(PlaceId(second));
                    json.WriteEndArray();
                    json.WriteString("stage", stages[random.Next(stages.Length)].Code);
                    json.WriteString("since", $"{options.AsOf.Year - 1 - random.Next(10)}-{1 + random.Next(12):D2}");
                    json.WriteString("sourceId", SyntheticDatasetGenerator.SourceId);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
