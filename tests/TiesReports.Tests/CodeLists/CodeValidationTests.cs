using System.Text.Json.Nodes;
using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.CodeLists;

public sealed class CodeValidationTests
{
    [Fact]
    public void EveryIsoCountry_Loads_AndItsBriefNamesTheCountry()
    {
        var codes = Countries.All.Select(c => c.Code).Append("XX").ToList();

        var result = WorldDataset.Load(WorldDataset.Tree(codes));

        Assert.Empty(result.Errors);
        Assert.Equal(codes.Count + 1, result.Dataset.Places.Count);
        var builder = new BriefingBuilder(result.Dataset);
        Assert.All(codes, code =>
        {
            var briefing = builder.Build(new BriefRequest(WorldDataset.PartnershipId(code), new Month(2026, 11)));
            Assert.Equal(Countries.TryGet(code, out var country) ? country.EnglishName : "", briefing.Partners[0].Country);
        });
    }

    [Fact]
    public void EveryActiveCurrency_Loads_AndPrintsWithItsMinorUnits()
    {
        var tree = WorldDataset.Tree(["JP"]);
        tree["trade"] = new JsonArray([.. Currencies.All.Select(c => (JsonNode)WorldDataset.Trade("t-" + c.Code.ToLowerInvariant(), c.Code, 1234.5m))]);

        var result = WorldDataset.Load(tree);

        Assert.Empty(result.Errors);
        Assert.Equal(Currencies.All.Count, result.Dataset.Trade.Count);
        Assert.All(result.Dataset.Trade, t =>
        {
            var digits = Currencies.MinorUnits(t.Currency);
            var expected = digits == 0 ? "1,235" : "1,234.5" + new string('0', digits - 1);
            Assert.Equal($"{t.Currency} {expected}", Formats.Money(t.Value, t.Currency));
            Assert.False(string.IsNullOrWhiteSpace(Vocabularies.Currencies[t.Currency].Label));
        });
    }

    [Theory]
    [InlineData("UAE", "unknown country: 'UAE' is not an ISO 3166-1 code; did you mean 'AE'?")]
    [InlineData("ARE", "unknown country: 'ARE' is not an ISO 3166-1 code; did you mean 'AE'?")]
    [InlineData("Germany", "unknown country: 'Germany' is not an ISO 3166-1 code; did you mean 'DE'?")]
    [InlineData("de", "unknown country: 'de' is not an ISO 3166-1 code; did you mean 'DE'?")]
    [InlineData("UK", "unknown country: 'UK' is a historical ISO 3166-1 code, replaced by 'GB'")]
    [InlineData("SU", "unknown country: 'SU' is a historical ISO 3166-1 code, replaced by 'RU', 'AM', 'AZ'")]
    public void MisspeltOrOldCountry_GetsTheNearestValidCode(string written, string reason)
    {
        var tree = WorldDataset.Tree(["JP"]);
        tree["places"]![1]!["country"] = written;

        var error = Assert.Single(WorldDataset.Load(tree).Errors);

        Assert.Equal("$.places[1].country", error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RUR", "unknown currency: 'RUR' (Russian Ruble (1991–1998)) is a historical ISO 4217 code, replaced by 'RUB'")]
    [InlineData("DEM", "unknown currency: 'DEM' (German Mark) is a historical ISO 4217 code, replaced by 'EUR'")]
    [InlineData("cny", "unknown currency: 'cny' is not an ISO 4217 code; did you mean 'CNY'?")]
    [InlineData("Thai Baht", "unknown currency: 'Thai Baht' is not an ISO 4217 code; did you mean 'THB'?")]
    public void HistoricalOrMisspeltCurrency_NamesTheValidCode(string written, string reason)
    {
        var tree = WorldDataset.Tree(["JP"]);
        tree["trade"] = new JsonArray(WorldDataset.Trade("t1", written, 100m));

        var error = Assert.Single(WorldDataset.Load(tree).Errors);

        Assert.Equal("$.trade[0].currency", error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void MisspeltSector_GetsTheNearestSector_AndTheList()
    {
        var error = Assert.Single(SeedData.LoadBroken(t => t["partnerships"]![0]!["sectors"]![0]!["sector"] = "enviroment").Errors);

        Assert.StartsWith("unknown sector 'enviroment'; did you mean 'environment'? expected one of economy, ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherSector_NeedsALabel()
    {
        var error = Assert.Single(SeedData.LoadBroken(t => t["partnerships"]![0]!["sectors"]![0]!["sector"] = "other").Errors);

        Assert.Equal("$.partnerships[0].sectors[0].label", error.Path);
        Assert.Contains("'sector' is 'other', so 'label' must say what it is", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelOnAListedSector_IsAnError()
    {
        var error = Assert.Single(SeedData.LoadBroken(t => t["partnerships"]![0]!["sectors"]![0]!["label"] = "Trade").Errors);

        Assert.Equal("$.partnerships[0].sectors[0].label", error.Path);
        Assert.Contains("has its own label", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherKinds_KeepTheirLabelsAndTranslations()
    {
        var result = SeedData.LoadBroken(t =>
        {
            var sector = t["partnerships"]![0]!["sectors"]![0]!.AsObject();
            sector["sector"] = "other";
            sector["label"] = "Space cooperation";
            sector["labelTranslations"] = new JsonObject { ["ru"] = "Космос", ["zh"] = "航天合作" };
            t["events"]![0]!["kind"] = "other";
            t["events"]![0]!["label"] = "Ice sculpture contest";
        });

        Assert.Empty(result.Errors);
        var sector = result.Dataset.FindPartnership("dalian-arkhangelsk")!.Sectors[0];
        Assert.Equal("Space cooperation", sector.Label);
        Assert.Equal("航天合作", sector.Other!.In("zh"));
        Assert.Equal("Ice sculpture contest", result.Dataset.Events[0].KindLabel);
    }

    [Fact]
    public void TranslationInAnUnknownLanguage_IsAnError()
    {
        var error = Assert.Single(SeedData.LoadBroken(t =>
        {
            var sector = t["partnerships"]![0]!["sectors"]![0]!.AsObject();
            sector["sector"] = "other";
            sector["label"] = "Space cooperation";
            sector["labelTranslations"] = new JsonObject { ["fr"] = "Espace" };
        }).Errors);

        Assert.Equal("$.partnerships[0].sectors[0].labelTranslations.fr", error.Path);
    }

    [Fact]
    public void NegativeZeroAmount_LoadsAsZero()
    {
        var tree = WorldDataset.Tree(["JP"]);
        tree["trade"] = new JsonArray(WorldDataset.Trade("t1", "CNY", 1m));
        var text = System.Text.Encoding.UTF8.GetString(SeedData.ToBytes(tree));
        Assert.Contains("\"value\":1,", text, StringComparison.Ordinal);
        var withMinusZero = System.Text.Encoding.UTF8.GetBytes(text.Replace("\"value\":1,", "\"value\":-0.0,", StringComparison.Ordinal));

        var result = SeedData.Load(("minus-zero.json", withMinusZero));

        Assert.Empty(result.Errors);
        var value = Assert.Single(result.Dataset.Trade).Value;
        Assert.False(decimal.IsNegative(value));
        Assert.Equal("CNY 0", Formats.Money(value, "CNY"));
    }
}
