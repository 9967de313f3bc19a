using System.Globalization;
using System.Text.Json;
using TiesReports.Core.Model;

namespace TiesReports.Core.Synthetic;

/// <summary>
/// Writes a data file of any size in the real format, marked synthetic, for tests and benchmarks.
/// The same options always give the same bytes.
/// </summary>
public static class SyntheticDatasetGenerator
{
    internal const string SourceId = "synthetic-generator";

    private static readonly string[] ChineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    // Trade currencies in turn, with a rough synthetic rate to the conversion currency: zero, two and three
    // minor units (JPY, KRW, VND; most; BHD) all appear. The first partnership trades in CNY.
    private static readonly (string Currency, string Target, decimal Rate)[] TradeCurrencies =
    [
        ("CNY", "USD", 0.14m), ("USD", "EUR", 0.92m), ("EUR", "USD", 1.08m), ("JPY", "USD", 0.0067m), ("KRW", "USD", 0.00073m),
        ("BHD", "USD", 2.65m), ("THB", "USD", 0.028m), ("VND", "USD", 0.000039m), ("BRL", "USD", 0.18m), ("AED", "USD", 0.27m),
    ];

    /// <summary>
    /// The country of partner <paramref name="index"/>: a walk through every ISO 3166-1 country (97 and the
    /// number of countries share no factor, so any 249 consecutive partners cover them all).
    /// </summary>
    public static Country PartnerCountry(int index) => Countries.All[(int)((index * 97L + 180) % Countries.All.Count)];

    /// <summary>The currency partnership <paramref name="index"/> trades in.</summary>
    public static string TradeCurrency(int index) => TradeCurrencies[index % TradeCurrencies.Length].Currency;

    public static byte[] Generate(SyntheticDatasetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Lean)
        {
            return LeanDatasetGenerator.Generate(options);
        }

        var random = new Random(options.Seed);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            WriteDatasetHeader(json, $"synthetic-{options.Partnerships}-{options.TradeYears}y", $"Synthetic dataset: {options.Partnerships} partnerships, {options.TradeYears} years of monthly trade", options.AsOf);

            WriteSources(json);
            WritePlaces(json, options.Partnerships);
            WritePartnerships(json, options, random);
            WriteTrade(json, options, random);
            WriteEnterprisesInstitutionsConnections(json, options, random);
            WriteEvents(json, options, random);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The "dataset" object every generated file opens with: marked synthetic, so no brief passes it off as real.</summary>
    internal static void WriteDatasetHeader(Utf8JsonWriter json, string id, string title, DateOnly asOf)
    {
        json.WriteStartObject("dataset");
        json.WriteString("id", id);
        json.WriteString("title", title);
        json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteBoolean("synthetic", true);
        json.WriteString("notes", "Generated test data. No figure in this file describes a real place.");
        json.WriteEndObject();
    }

    public static string HubId => "synthia-hub";

    public static string PartnerId(int index) => $"synthia-{index + 1:D4}";

    public static string PartnershipId(int index) => $"{HubId}-{PartnerId(index)}";

    internal static void WriteSources(Utf8JsonWriter json)
    {
        json.WriteStartArray("sources");
        json.WriteStartObject();
        json.WriteString("id", SourceId);
        json.WriteString("publisher", "TiesReports synthetic data generator");
        json.WriteString("title", "Generated figures for testing and benchmarking");
        json.WriteNull("date");
        json.WriteString("dateNote", "Generated data has no publication date.");
        json.WriteString("url", "https://example.org/tiesreports/synthetic");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WritePlaces(Utf8JsonWriter json, int partners)
    {
        json.WriteStartArray("places");
        WritePlace(json, HubId, "city", "Synthia Hub", "合成枢纽市", "CN", "Synthetic province", "合成省");
        var kinds = Vocabularies.PlaceKinds.Terms;
        for (var i = 0; i < partners; i++)
        {
            WritePlace(json, PartnerId(i), kinds[i % kinds.Count].Code, $"Synthia {i + 1:D4}", $"Синтия {i + 1:D4}", PartnerCountry(i).Code, "Synthetic oblast", "Синтетическая область");
        }

        json.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter json, string id, string kind, string name, string nativeName, string country, string region, string nativeRegion)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("kind", kind);
        json.WriteString("name", name);
        json.WriteString("nativeName", nativeName);
        json.WriteString("country", country);
        json.WriteString("region", region);
        json.WriteString("nativeRegion", nativeRegion);
        json.WriteString("sourceId", SourceId);
        json.WriteEndObject();
    }

    private static void WritePartnerships(Utf8JsonWriter json, SyntheticDatasetOptions options, Random random)
    {
        var stages = Vocabularies.PartnershipStages.Terms.Take(4).ToArray();
        var sectors = Vocabularies.Sectors.Terms;
        var statuses = Vocabularies.SectorStatuses.Terms;
        json.WriteStartArray("partnerships");
        for (var i = 0; i < options.Partnerships; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", PartnershipId(i));
            json.WriteString("title", $"Synthetic cooperation agreement no. {i + 1}");
            json.WriteStartArray("placeIds");
            json.WriteStringValue(HubId);
            json.WriteStringValue(PartnerId(i));
            json.WriteEndArray();
            json.WriteString("stage", stages[random.Next(stages.Length)].Code);
            json.WriteString("since", $"{options.AsOf.Year - 1 - random.Next(10)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}");
            json.WriteStartArray("aims");
            WriteAim(json, "Grow two-way trade and investment.");
            WriteAim(json, "Open a joint platform for port and logistics cooperation.");
            json.WriteEndArray();
            json.WriteStartArray("people");
            WritePerson(json, "Mayor Synthia Hub", "Mayor", HubId, "signatory");
            WritePerson(json, $"Глава Синтия {i + 1:D4}", "Head of administration", PartnerId(i), "signatory");
            json.WriteEndArray();
            json.WriteStartArray("sectors");
            for (var s = 0; s < options.SectorsPerPartnership; s++)
            {
                json.WriteStartObject();
                var sector = sectors[(s + (i * 3)) % sectors.Count].Code;
                json.WriteString("sector", sector);
                WriteOtherLabel(json, sector, $"Synthetic sector {i + 1}.{s + 1}", $"Синтетическая отрасль {i + 1}.{s + 1}");
                json.WriteString("status", statuses[random.Next(statuses.Count)].Code);
                json.WriteString("notes", $"Synthetic working group {s + 1}: {random.Next(2, 40)} joint projects under review.");
                json.WriteString("sourceId", SourceId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("sourceId", SourceId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An <c>other</c> code needs its own label; every other code has one.</summary>
    private static void WriteOtherLabel(Utf8JsonWriter json, string code, string label, string russian)
    {
        if (code != Vocabulary.OtherCode)
        {
            return;
        }

        json.WriteString("label", label);
        json.WriteStartObject("labelTranslations");
        json.WriteString("ru", russian);
        json.WriteEndObject();
    }

    private static void WriteAim(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject();
        json.WriteString("text", text);
        json.WriteString("sourceId", SourceId);
        json.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter json, string name, string role, string placeId, string capacity)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("role", role);
        json.WriteString("placeId", placeId);
        json.WriteString("capacity", capacity);
        json.WriteString("sourceId", SourceId);
        json.WriteEndObject();
    }

    private static void WriteTrade(Utf8JsonWriter json, SyntheticDatasetOptions options, Random random)
    {
        json.WriteStartArray("trade");
        var lastYear = options.AsOf.Year - 1;
        var firstYear = lastYear - options.TradeYears + 1;
        for (var i = 0; i < options.Partnerships; i++)
        {
            var (currency, target, rate) = TradeCurrencies[i % TradeCurrencies.Length];
            var minorUnits = Currencies.MinorUnits(currency);
            var level = 50_000_000m + random.Next(0, 400) * 1_000_000m;
            for (var year = firstYear; year <= lastYear; year++)
            {
                level *= 0.9m + (decimal)random.NextDouble() * 0.3m;
                for (var month = 1; month <= 12; month++)
                {
                    var value = decimal.Round(level * (0.8m + (decimal)random.NextDouble() * 0.4m), minorUnits);
                    json.WriteStartObject();
                    json.WriteString("id", $"t-{i + 1}-{year}-{month:D2}");
                    json.WriteString("reporterId", HubId);
                    json.WriteString("counterpartId", PartnerId(i));
                    json.WriteString("period", $"{year}-{month:D2}");
                    json.WriteNumber("value", value);
                    json.WriteString("currency", currency);
                    json.WriteStartArray("conversions");
                    json.WriteStartObject();
                    json.WriteString("currency", target);
                    json.WriteNumber("value", decimal.Round(value * rate, Currencies.MinorUnits(target)));
                    json.WriteNumber("rate", rate);
                    json.WriteString("rateDate", $"{year}-{month:D2}");
                    json.WriteString("sourceId", SourceId);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteString("sourceId", SourceId);
                    json.WriteEndObject();
                }
            }
        }

        json.WriteEndArray();
    }

    private static void WriteEnterprisesInstitutionsConnections(Utf8JsonWriter json, SyntheticDatasetOptions options, Random random)
    {
        json.WriteStartArray("enterprises");
        json.WriteStartObject();
        json.WriteString("id", "synthetic-enterprises-hub");
        json.WriteString("hostPlaceId", HubId);
        json.WriteString("originCountry", PartnerCountry(0).Code);
        json.WriteNumber("count", 20 + random.Next(500));
        json.WriteString("asOf", options.AsOf.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        json.WriteString("description", "Enterprises from partner regions operating in Synthia Hub");
        json.WriteString("sourceId", SourceId);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("institutions");
        var institutionKinds = Vocabularies.InstitutionKinds.Terms;
        for (var i = 0; i < options.Partnerships; i++)
        {
            var kind = institutionKinds[i % institutionKinds.Count].Code;
            json.WriteStartObject();
            json.WriteString("id", $"office-{PartnerId(i)}");
            json.WriteString("name", $"Trade office of Synthia {i + 1:D4} in Synthia Hub");
            json.WriteString("kind", kind);
            WriteOtherLabel(json, kind, "Synthetic liaison body", "Синтетическое представительство");
            json.WriteString("hostPlaceId", HubId);
            json.WriteStartArray("relatedPlaceIds");
            json.WriteStringValue(PartnerId(i));
            json.WriteEndArray();
            json.WriteString("established", $"{options.AsOf.Year - 1 - random.Next(5)}");
            json.WriteString("sourceId", SourceId);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("connections");
        var connectionKinds = Vocabularies.ConnectionKinds.Terms;
        for (var i = 0; i < options.Partnerships; i++)
        {
            var kind = connectionKinds[i % connectionKinds.Count].Code;
            json.WriteStartObject();
            json.WriteString("id", $"flight-{PartnerId(i)}");
            json.WriteString("kind", kind);
            WriteOtherLabel(json, kind, "Synthetic link", "Синтетическая связь");
            json.WriteStartArray("placeIds");
            json.WriteStringValue(HubId);
            json.WriteStringValue(PartnerId(i));
            json.WriteEndArray();
            json.WriteString("status", "operating");
            json.WriteString("since", $"{options.AsOf.Year - 1 - random.Next(5)}-{1 + random.Next(12):D2}");
            json.WriteString("description", $"{2 + random.Next(12)} round trips a week.");
            json.WriteString("sourceId", SourceId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter json, SyntheticDatasetOptions options, Random random)
    {
        var kinds = Vocabularies.EventKinds.Terms;
        json.WriteStartArray("events");
        for (var i = 0; i < options.Partnerships; i++)
        {
            for (var e = 0; e < options.EventsPerPartnership; e++)
            {
                // Spread events over the year around the as-of date, so briefs have past, current and upcoming ones.
                var start = options.AsOf.AddMonths(random.Next(-9, 4)).AddDays(random.Next(0, 27) - options.AsOf.Day + 1);
                var kind = kinds[(e + i) % kinds.Count];
                var label = kind.Code == Vocabulary.OtherCode ? "study tour" : kind.Label.ToLowerInvariant();
                json.WriteStartObject();
                json.WriteString("id", $"event-{i + 1}-{e + 1}");
                json.WriteString("name", $"Synthia {i + 1:D4} cooperation {label} {e + 1} · 合作 {ToChinese(e + 1)}");
                json.WriteString("kind", kind.Code);
                WriteOtherLabel(json, kind.Code, "Study tour", "Ознакомительная поездка");
                json.WriteString("placeId", e % 2 == 0 ? HubId : PartnerId(i));
                json.WriteStartArray("relatedPlaceIds");
                json.WriteStringValue(e % 2 == 0 ? PartnerId(i) : HubId);
                json.WriteEndArray();
                json.WriteString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("end", start.AddDays(random.Next(0, 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("sourceId", SourceId);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static string ToChinese(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(d => ChineseDigits[d - '0']));
}
