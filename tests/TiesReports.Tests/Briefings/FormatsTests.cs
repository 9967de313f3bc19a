using TiesReports.Core.Briefings;

namespace TiesReports.Tests.Briefings;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(1_234_567.4, "JPY", "JPY 1.23 million")]
    [InlineData(950_000.6, "JPY", "JPY 950,001")]
    [InlineData(950_000.6, "KRW", "KRW 950,001")]
    [InlineData(12.3456, "BHD", "BHD 12.346")]
    [InlineData(12.3, "BHD", "BHD 12.300")]
    [InlineData(1_234.5, "EUR", "EUR 1,234.50")]
    [InlineData(950_000, "EUR", "EUR 950,000")]
    public void Amounts_ShowTheCurrencysMinorUnits(decimal value, string currency, string expected) =>
        Assert.Equal(expected, Formats.Money(value, currency));

    [Theory]
    [InlineData(999_996_000, "CNY 1.0 billion")]
    [InlineData(999_999_999_999, "CNY 1.0 trillion")]
    [InlineData(999_999.996, "CNY 1.0 million")]
    [InlineData(999_994_999, "CNY 999.99 million")]
    [InlineData(1_000_000_000_000_000, "CNY 1.0 quadrillion")]
    [InlineData(43_600_000_000, "CNY 43.6 billion")]
    [InlineData(456_780_000, "CNY 456.78 million")]
    public void Rounding_MovesUpAUnit_InsteadOfPrinting1000(decimal value, string expected) =>
        Assert.Equal(expected, Formats.Money(value, "CNY"));

    [Theory]
    [InlineData(0.004, "EUR", "EUR 0.004")]
    [InlineData(0.4, "JPY", "JPY 0.4")]
    [InlineData(0.0000001, "BHD", "BHD 0.0000001")]
    public void NonZeroAmount_IsNeverShownAsZero(decimal value, string currency, string expected) =>
        Assert.Equal(expected, Formats.Money(value, currency));

    [Fact]
    public void MinusZero_IsPrintedAsZero()
    {
        var minusZero = decimal.Negate(0m);
        Assert.True(decimal.IsNegative(minusZero));

        Assert.Equal("CNY 0", Formats.Money(minusZero, "CNY"));
        Assert.Equal("0", Formats.InUnit(minusZero, 1_000_000m, "CNY"));
    }

    [Theory]
    [InlineData(456_780_000, 1_000_000, "456.78")]
    [InlineData(43_600_000_000, 1_000_000_000, "43.6")]
    [InlineData(1_000_000_000, 1_000_000_000, "1.0")]
    [InlineData(950_000, 1_000_000_000, "0.00095")]
    [InlineData(950_000_000, 1_000_000_000, "0.95")]
    [InlineData(456_789_123, 1_000_000_000, "0.45679")]
    [InlineData(12_345, 1_000, "12.345")]
    public void ChartLabel_IsTheTablesValue_AtTheTablesPrecision(decimal value, decimal divisor, string expected) =>
        Assert.Equal(expected, Formats.InUnit(value / divisor, divisor, "CNY"));

    [Fact]
    public void ChartLabels_AgreeWithTheTable_ForManyAmountsAndCurrencies()
    {
        var random = new Random(11);
        foreach (var currency in new[] { "CNY", "JPY", "BHD", "KRW", "EUR" })
        {
            for (var i = 0; i < 2_000; i++)
            {
                var value = decimal.Round((decimal)Math.Pow(10, random.NextDouble() * 14), 3);
                var table = Formats.Amount(value, currency);
                var (word, divisor) = Formats.UnitFor(value);
                var label = Formats.InUnit((decimal)(double)(value / divisor), divisor, currency);

                // In the unit the table uses, the label is the table's number; in any unit it is the same value.
                if (word.Length > 0 && table.EndsWith(" " + word, StringComparison.Ordinal))
                {
                    Assert.Equal(table[..^(word.Length + 1)], label);
                }

                Assert.NotEqual("0", label);
                Assert.Equal(TableValue(table), decimal.Parse(label, System.Globalization.CultureInfo.InvariantCulture) * divisor);
            }
        }
    }

    [Fact]
    public void UnitForAChart_IsTheUnitTheTablePrintsTheLargestValueIn()
    {
        Assert.Equal(("billion", 1_000_000_000m), Formats.UnitFor(999_996_000m));
        Assert.Equal(("million", 1_000_000m), Formats.UnitFor(999_994_999m));
        Assert.Equal(("thousand", 1_000m), Formats.UnitFor(950_000m));
        Assert.Equal(("", 1m), Formats.UnitFor(999m));
    }

    [Theory]
    [InlineData(0.04, "+<0.1%")]
    [InlineData(-0.04, "−<0.1%")]
    [InlineData(0, "+0.0%")]
    [InlineData(12.345, "+12.3%")]
    public void Percent_NeverRoundsAChangeToZero(decimal change, string expected) =>
        Assert.Equal(expected, Formats.Percent(change));

    private static decimal TableValue(string amount)
    {
        var parts = amount.Split(' ');
        var number = decimal.Parse(parts[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
        return parts.Length == 1 ? number : number * parts[1] switch
        {
            "million" => 1e6m,
            "billion" => 1e9m,
            "trillion" => 1e12m,
            _ => 1e15m,
        };
    }
}
