using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Tests.Localisation;

/// <summary>Plural forms, dates, numbers and amounts as each brief language writes them (CLDR data, one amount rule).</summary>
public sealed class LanguageFormatsTests
{
    /// <summary>CLDR's no-break spaces (U+00A0 in Russian groups, U+202F before "г.") as plain spaces, for reading.</summary>
    internal static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Theory]
    [InlineData(1, "1 партнёр")]
    [InlineData(2, "2 партнёра")]
    [InlineData(5, "5 партнёров")]
    [InlineData(11, "11 партнёров")]
    [InlineData(21, "21 партнёр")]
    [InlineData(22, "22 партнёра")]
    [InlineData(111, "111 партнёров")]
    [InlineData(1_001, "1 001 партнёр")]
    public void Russian_CountsPartnersInCldrPluralForms(int count, string expected)
    {
        Assert.Equal(expected, Plain(Language.Russian.Count("count.partners", count)));
    }

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "few")]
    [InlineData(5, "many")]
    [InlineData(11, "many")]
    [InlineData(21, "one")]
    [InlineData(22, "few")]
    public void Russian_PluralCategories_AreCldrs(int count, string category)
    {
        Assert.Equal(category, Language.Russian.PluralCategoryOf(count));
    }

    [Theory]
    [InlineData(1, "1 partner")]
    [InlineData(2, "2 partners")]
    [InlineData(21, "21 partners")]
    public void English_CountsPartners(int count, string expected)
    {
        Assert.Equal(expected, Plain(Language.English.Count("count.partners", count)));
    }

    [Theory]
    [InlineData(1, "1个合作伙伴")]
    [InlineData(22, "22个合作伙伴")]
    public void Chinese_HasOneFormForEveryCount(int count, string expected)
    {
        Assert.Equal(expected, Plain(Language.Chinese.Count("count.partners", count)));
        Assert.Equal("other", Language.Chinese.PluralCategoryOf(count));
    }

    [Theory]
    [InlineData("en", "27 November 2026", "November 2026")]
    [InlineData("ru", "27 ноября 2026 г.", "ноябрь 2026 г.")]
    [InlineData("zh-Hans", "2026年11月27日", "2026年11月")]
    public void Dates_AreWrittenTheWayTheLanguageWritesThem(string tag, string day, string month)
    {
        var language = Language.FromTag(tag)!;

        Assert.Equal(day, Plain(language.Date(new DateOnly(2026, 11, 27))));
        Assert.Equal(month, Plain(language.Month(new Month(2026, 11))));
        Assert.Equal(month, Plain(language.Date(new PartialDate(2026, 11))));
    }

    [Theory]
    [InlineData("en", 43_600_000_000, "CNY", "CNY 43.6 billion")]
    [InlineData("ru", 43_600_000_000, "CNY", "43,6 млрд CNY")]
    [InlineData("zh-Hans", 43_600_000_000, "CNY", "CNY 436亿")]
    [InlineData("ru", 950_000, "JPY", "950 000 JPY")]
    [InlineData("zh-Hans", 950_000, "JPY", "JPY 950,000")]
    [InlineData("ru", 1_234.5, "EUR", "1 234,50 EUR")]
    [InlineData("zh-Hans", 12_345_678.9, "USD", "USD 1,234.57万")]
    [InlineData("zh-Hans", 6_000_000_000, "USD", "USD 60亿")]
    [InlineData("zh-Hans", 99_999_990, "USD", "USD 1亿")]
    [InlineData("ru", 999_996_000, "USD", "1,0 млрд USD")]
    [InlineData("zh-Hans", 2_500_000_000_000, "CNY", "CNY 2.5万亿")]
    public void Amounts_FollowOneRule_WithTheLanguagesSymbolsAndUnits(string tag, decimal value, string currency, string expected)
    {
        Assert.Equal(expected, Plain(Formats.Money(value, currency, Language.FromTag(tag)!)));
    }

    [Theory]
    [InlineData("en", 4.23, "+4.2%")]
    [InlineData("ru", 4.23, "+4,2 %")]
    [InlineData("zh-Hans", -0.04, "−<0.1%")]
    [InlineData("ru", -0.04, "−<0,1 %")]
    public void Percentages_UseTheLanguagesDecimalSign(string tag, decimal change, string expected)
    {
        Assert.Equal(expected, Plain(Formats.Percent(change, Language.FromTag(tag)!)));
    }

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("EN-gb", "en")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans-SG", "zh-Hans")]
    [InlineData("zh-Hant", null)]
    [InlineData("zh-TW", null)]
    [InlineData("fr-FR", null)]
    [InlineData("*", null)]
    [InlineData("", null)]
    public void Language_MatchesBcp47Tags_ToTheLanguageItAsksFor(string tag, string? expected)
    {
        Assert.Equal(expected, Language.Match(tag)?.Tag);
    }
}
