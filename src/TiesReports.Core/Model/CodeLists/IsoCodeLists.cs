using System.Text.Json;

namespace TiesReports.Core.Model.CodeLists;

/// <summary>
/// The ISO 3166-1 and ISO 4217 lists with their CLDR names, read from <c>iso-codes.json</c> (embedded). That file
/// is generated from the pinned npm packages cldr-core, cldr-localenames-full and cldr-numbers-full; a test
/// regenerates it and fails on any difference, so no code or name is typed by hand.
/// </summary>
internal sealed class IsoCodeLists
{
    private const string ResourceName = "TiesReports.Core.iso-codes.json";

    private static readonly Lazy<IsoCodeLists> Instance = new(Read);

    private IsoCodeLists(string source, Country unknownCountry, IReadOnlyList<Country> countries, IReadOnlyList<RetiredCode> retiredCountries, IReadOnlyList<Currency> currencies, IReadOnlyList<RetiredCode> retiredCurrencies)
    {
        Source = source;
        UnknownCountry = unknownCountry;
        Countries = countries;
        RetiredCountries = retiredCountries;
        Currencies = currencies;
        RetiredCurrencies = retiredCurrencies;
    }

    public static IsoCodeLists Current => Instance.Value;

    /// <summary>Which CLDR release the lists come from.</summary>
    public string Source { get; }

    /// <summary><c>XX</c>, named with CLDR's names for the unknown region.</summary>
    public Country UnknownCountry { get; }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<RetiredCode> RetiredCountries { get; }

    public IReadOnlyList<Currency> Currencies { get; }

    public IReadOnlyList<RetiredCode> RetiredCurrencies { get; }

    /// <summary>The embedded file as it is, for the test that compares it with a fresh generation.</summary>
    public static string ReadText()
    {
        using var stream = typeof(IsoCodeLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(IsoCodeLists).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IsoCodeLists Read()
    {
        using var document = JsonDocument.Parse(ReadText());
        var root = document.RootElement;
        return new IsoCodeLists(
            root.GetProperty("source").GetString()!,
            ReadCountry(root.GetProperty("unknownCountry")),
            root.GetProperty("countries").EnumerateArray().Select(ReadCountry).ToList(),
            ReadRetired(root.GetProperty("retiredCountries")),
            root.GetProperty("currencies").EnumerateArray()
                .Select(c => new Currency(Text(c, 0), Text(c, 2), Text(c, 3), c[1].GetInt32()))
                .ToList(),
            ReadRetired(root.GetProperty("retiredCurrencies")));
    }

    private static Country ReadCountry(JsonElement c) => new(Text(c, 0), Text(c, 1), Text(c, 2), Text(c, 3), Text(c, 4));

    private static List<RetiredCode> ReadRetired(JsonElement list) =>
        list.EnumerateArray()
            .Select(r => new RetiredCode(Text(r, 0), Text(r, 1), r[2].EnumerateArray().Select(x => x.GetString()!).ToList()))
            .ToList();

    private static string Text(JsonElement row, int index) => row[index].GetString()!;
}
