using System.Text;
using System.Text.Json.Nodes;
using TiesReports.Core.Loading;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Loading;

/// <summary>
/// Translations in the data: read by language tag and field, kept for a well-formed tag briefs do not use yet,
/// refused with file, JSON path and reason when the tag is ill-formed, means a brief language in another form,
/// is English, or repeats a language (including the same key written twice, which JSON parsers disagree on).
/// </summary>
public sealed class TranslationLoadingTests
{
    [Fact]
    public void Seed_TranslationsAreRead_ByLanguageTagAndField()
    {
        var result = SeedData.Load((SeedData.FileName, SeedData.Bytes));

        Assert.Empty(result.Errors);
        var partnership = result.Dataset.FindPartnership("dalian-arkhangelsk")!;
        Assert.Equal("Меморандум о дружественных обменах", partnership.Translations!.Of("ru", "title"));
        Assert.Equal("友好交流备忘录", partnership.Translations.Of("zh-Hans", "title"));
        Assert.NotNull(partnership.Since.NoteTranslations!.Of("ru", "note"));
        Assert.Equal("Далянь", result.Dataset.FindPlace("dalian")!.Translations!.Of("ru", "name"));
        Assert.Null(result.Dataset.FindPlace("dalian")!.Translations!.Of("zh-Hans", "name"));
    }

    [Fact]
    public void Translation_IntoALanguageBriefsAreNotWrittenIn_IsKept()
    {
        var result = Load(t => Aim(t)["translations"] = new JsonObject { ["de"] = new JsonObject { ["text"] = "Die Jugendarbeit ausbauen." } });

        Assert.Empty(result.Errors);
        Assert.Equal("Die Jugendarbeit ausbauen.", result.Dataset.FindPartnership("dalian-arkhangelsk")!.Aims[5].Translations!.Of("de", "text"));
    }

    [Fact]
    public void Translation_TaggedInAnyCase_IsFoundUnderTheBriefLanguagesTag()
    {
        var result = Load(t => Aim(t)["translations"] = new JsonObject { ["ZH-hans"] = new JsonObject { ["text"] = "扩大青年交流。" } });

        Assert.Empty(result.Errors);
        Assert.Equal("扩大青年交流。", result.Dataset.FindPartnership("dalian-arkhangelsk")!.Aims[5].Translations!.Of("zh-Hans", "text"));
    }

    [Theory]
    [InlineData("zh-CN", "write 'zh-Hans'")]
    [InlineData("zh", "write 'zh-Hans'")]
    [InlineData("ru-RU", "write 'ru'")]
    [InlineData("en", "English is the data's own language")]
    [InlineData("en-GB", "English is the data's own language")]
    [InlineData("русский", "not a well-formed BCP 47 language tag")]
    [InlineData("ru_RU", "not a well-formed BCP 47 language tag")]
    [InlineData("zh-Hans-", "not a well-formed BCP 47 language tag")]
    public void Translation_WithAnUnusableTag_IsRefused_WithPathAndReason(string tag, string reason)
    {
        var result = Load(t => Aim(t)["translations"] = new JsonObject { [tag] = new JsonObject { ["text"] = "…" } });

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken.json", error.File);
        Assert.Equal($"$.partnerships[0].aims[5].translations.{tag}", error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SameLanguageKey_WrittenTwice_IsRefused()
    {
        // JsonNode cannot hold a repeated key, so the repetition is written into the text itself.
        var text = Encoding.UTF8.GetString(SeedData.Bytes).Replace(
            "\"ru\": { \"text\": \"Расширять молодёжные обмены.\" }",
            "\"ru\": { \"text\": \"Расширять молодёжные обмены.\" }, \"ru\": { \"text\": \"Больше молодёжных обменов.\" }",
            StringComparison.Ordinal);

        var error = Assert.Single(SeedData.Load(("twice.json", Encoding.UTF8.GetBytes(text))).Errors);

        Assert.Equal("$.partnerships[0].aims[5].translations.ru", error.Path);
        Assert.Contains("translated twice", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "$.partnerships[0].aims[5].translations.ru", "translates nothing")]
    [InlineData("{\"text\": null}", "$.partnerships[0].aims[5].translations.ru.text", "found null")]
    [InlineData("{\"text\": \"  \"}", "$.partnerships[0].aims[5].translations.ru.text", "blank")]
    [InlineData("{\"title\": \"Заголовок\"}", "$.partnerships[0].aims[5].translations.ru.title", "unknown property 'title'; expected one of text")]
    [InlineData("\"Расширять\"", "$.partnerships[0].aims[5].translations.ru", "expected an object")]
    public void TranslationTexts_AreCheckedLikeTheDatasOwnText(string texts, string path, string reason)
    {
        var result = Load(t => Aim(t)["translations"] = new JsonObject { ["ru"] = JsonNode.Parse(texts) });

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    private static JsonObject Aim(JsonObject tree) => tree["partnerships"]![0]!["aims"]![5]!.AsObject();

    private static LoadResult Load(Action<JsonObject> change)
    {
        var tree = SeedData.Tree();
        change(tree);
        return SeedData.Load(("broken.json", SeedData.ToBytes(tree)));
    }
}
