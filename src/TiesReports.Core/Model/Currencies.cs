using System.Collections.Frozen;
using TiesReports.Core.Model.CodeLists;

namespace TiesReports.Core.Model;

/// <summary>Every active ISO 4217 currency with its CLDR name, symbol and the decimals its amounts print with.</summary>
public static class Currencies
{
    private static readonly Lazy<FrozenDictionary<string, Currency>> ByCode = new(() =>
        All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal));

    /// <summary>Active codes, in code order.</summary>
    public static IReadOnlyList<Currency> All => IsoCodeLists.Current.Currencies;

    /// <summary>Withdrawn codes (RUR, DEM, BGN…) with the currencies that replaced them where there is one.</summary>
    public static IReadOnlyList<RetiredCode> Retired => IsoCodeLists.Current.RetiredCurrencies;

    public static bool TryGet(string code, out Currency currency) => ByCode.Value.TryGetValue(code, out currency!);

    /// <summary>Decimals of an amount in the currency (JPY 0, EUR 2, BHD 3); 2 for a code outside the list.</summary>
    public static int MinorUnits(string code) => TryGet(code, out var currency) ? currency.MinorUnits : 2;
}
