using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Loading;

/// <summary>Text no shipped font can draw is a validation error naming the character, never a silent "?" in a brief.</summary>
public sealed class CharacterCoverageTests
{
    private static LoadResult LoadWithCoverage(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var tree = SeedData.Tree();
        change(tree);
        return new DatasetLoader(ShippedFontCoverage.LoaderOptions()).Load([("places.json", (ReadOnlyMemory<byte>)SeedData.ToBytes(tree))]);
    }

    [Fact]
    public void Validate_PlaceNameWithACharacterNoFontHas_ReportsFilePathCodePointAndName()
    {
        var result = LoadWithCoverage(t => t["places"]![1]!["nativeName"] = "Город 𓀀");

        var error = Assert.Single(result.Errors);
        Assert.Equal("places.json", error.File);
        Assert.Equal("$.places[1].nativeName", error.Path);
        Assert.Contains("U+13000 EGYPTIAN HIEROGLYPH A001", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeedWithWorldScripts_HasNoCoverageErrors()
    {
        var result = LoadWithCoverage(t =>
        {
            t["places"]![0]!["nativeName"] = "大连市 岡山県 서울 臺北 𠮷";
            t["places"]![1]!["nativeName"] = "Москва ירושלים دبي दिल्ली กรุงเทพ თბილისი Երևան Ελλάδα Hồ Chí Minh";
        });

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Validate_EachUndrawableCharacterIsReportedOnce()
    {
        var result = LoadWithCoverage(t => t["places"]![1]!["nativeName"] = "\uE000 \uE000 \uE001");

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Reason.Contains("U+E000", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Reason.Contains("U+E001", StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_ShowInvisibleCharactersEscaped()
    {
        var result = SeedData.LoadBroken(t => t["places"]![1]!["id"] = "harbin\u200b-khabarovsk");

        Assert.Contains(result.Errors, e => e.Reason.Contains(@"harbin\u200b-khabarovsk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a\u202Eb", @"a\u202eb")]
    [InlineData("x\u00A0y", @"x\u00a0y")]
    [InlineData("tag\U000E0041", @"tag\U000e0041")]
    [InlineData("大连 𠮷", "大连 𠮷")]
    public void Printable_EscapesOnlyWhatWouldBeInvisible(string text, string shown) => Assert.Equal(shown, SafeId.Printable(text));
}
