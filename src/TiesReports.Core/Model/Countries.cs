using System.Collections.Frozen;
using TiesReports.Core.Model.CodeLists;

namespace TiesReports.Core.Model;

/// <summary>Every ISO 3166-1 alpha-2 code with its CLDR names, plus <c>XX</c> for a country the data does not know.</summary>
public static class Countries
{
    private static readonly Lazy<FrozenDictionary<string, Country>> ByCode = new(() =>
        All.Append(Unknown).ToFrozenDictionary(c => c.Code, StringComparer.Ordinal));

    /// <summary>The 249 officially assigned ISO 3166-1 codes, in code order.</summary>
    public static IReadOnlyList<Country> All => IsoCodeLists.Current.Countries;

    /// <summary><c>XX</c>, named with CLDR's names for an unknown region.</summary>
    public static Country Unknown => IsoCodeLists.Current.UnknownCountry;

    /// <summary>Codes ISO 3166-1 deleted (SU, YU, UK as used by some sources), with the codes that replaced them.</summary>
    public static IReadOnlyList<RetiredCode> Retired => IsoCodeLists.Current.RetiredCountries;

    public static bool TryGet(string code, out Country country) => ByCode.Value.TryGetValue(code, out country!);

    public static string EnglishName(string code) => Get(code).EnglishName;

    public static string Name(string code, string language) => Get(code).Name(language);

    private static Country Get(string code) =>
        TryGet(code, out var country) ? country : throw new KeyNotFoundException($"'{code}' is not an ISO 3166-1 code; the loader accepts only codes of Countries.All.");
}
