using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Localisation;

/// <summary>
/// The Dalian brief in Russian and in Chinese, read back from the PDF: headings, dates and amounts in the
/// language's own forms, metadata in the language, no English label left outside the data's own text, and page
/// one rendered to a picture. With TIESREPORTS_WRITE_DOCS=1 page one in each language is written to docs/.
/// </summary>
public sealed partial class LocalisedBriefPdfTests : IDisposable
{
    private static readonly Lazy<byte[]> Russian = new(() => Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.Russian)));
    private static readonly Lazy<byte[]> Chinese = new(() => Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.Chinese)));

    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void RussianBrief_ReadBack_HasRussianHeadingsDatesAndAmounts()
    {
        var text = TextOf(Russian.Value);

        Assert.Contains("СПРАВКА О ПАРТНЁРСТВЕ · НОЯБРЬ 2026 Г.", text, StringComparison.Ordinal);
        Assert.Contains("Коротко", text, StringComparison.Ordinal);
        Assert.Contains("Сферы сотрудничества", text, StringComparison.Ordinal);
        Assert.Contains("Источники", text, StringComparison.Ordinal);
        Assert.Contains("Данные на 27 ноября 2026 г.", text, StringComparison.Ordinal);
        Assert.Contains("В этом месяце: за ноябрь 2026 г. ничего не зафиксировано.", text, StringComparison.Ordinal);
        Assert.Contains("43,6 млрд CNY", text, StringComparison.Ordinal);
        Assert.Contains("1 CNY ≈ 0,14 USD", text, StringComparison.Ordinal);
        Assert.Contains("10 заявленных целей и 3 предложения", text, StringComparison.Ordinal);
        Assert.Contains("Стр. 1 из", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RussianBrief_NamesARussianPartnerOnceInThePartnersTable()
    {
        var text = TextOf(Russian.Value);

        Assert.Contains("Архангельск", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Архангельск Архангельск", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseBrief_ReadBack_HasChineseHeadingsDatesAndAmounts()
    {
        var text = Regex.Replace(TextOf(Chinese.Value), @"\s+", "");

        Assert.Contains("伙伴关系简报·2026年11月", text, StringComparison.Ordinal);
        Assert.Contains("概览", text, StringComparison.Ordinal);
        Assert.Contains("合作领域", text, StringComparison.Ordinal);
        Assert.Contains("来源", text, StringComparison.Ordinal);
        Assert.Contains("数据截至2026年11月27日", text, StringComparison.Ordinal);
        Assert.Contains("2026年11月无任何记录。", text, StringComparison.Ordinal);
        Assert.Contains("CNY436亿", text, StringComparison.Ordinal);
        Assert.Contains("USD60亿", text, StringComparison.Ordinal);
        Assert.Contains("第1页", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Справка о партнёрстве за ноябрь")]
    [InlineData("zh-Hans", "2026年11月伙伴关系简报")]
    public void Metadata_IsInTheBriefsLanguage(string tag, string subjectStart)
    {
        var pdf = tag == "ru" ? Russian.Value : Chinese.Value;
        using var document = PdfDocument.Open(pdf);

        Assert.StartsWith(subjectStart, LanguageFormatsTests.Plain(document.Information.Subject ?? ""), StringComparison.Ordinal);
        Assert.Contains($"/Lang({tag})", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("zh-Hans")]
    public void Brief_LeavesNoEnglishLabel_OutsideTheDatasOwnText(string tag)
    {
        var text = TextOf(tag == "ru" ? Russian.Value : Chinese.Value);
        var dataText = string.Join("\n", StringsOf(SeedData.Tree()));

        var leftOver = EnglishLabels()
            .Where(label => !dataText.Contains(label, StringComparison.OrdinalIgnoreCase))
            .Where(label => text.Contains(label, StringComparison.Ordinal))
            .ToList();

        Assert.True(EnglishLabels().Count > 300, "too few English labels to check");
        Assert.True(leftOver.Count == 0, "English labels in the brief: " + string.Join(" | ", leftOver));
    }

    [Fact]
    public void RussianBriefOfUntranslatedData_SaysOnce_ThatDataTextIsInTheOriginal()
    {
        var untranslated = SeedData.Tree();
        RemoveTranslations(untranslated);
        var dataset = SeedData.Load(("untranslated.json", SeedData.ToBytes(untranslated))).Dataset;
        var pdf = Infrastructure.Briefs.Render(new BriefingBuilder(dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026, Language: Language.Russian)));

        var text = TextOf(pdf);
        Assert.Equal(1, Regex.Count(text, Regex.Escape(SourceTextNote(Language.Russian))));
        Assert.Contains("Deepen infrastructure connectivity", text, StringComparison.Ordinal);
        Assert.DoesNotContain("without a translation", TextOf(Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Углублять инфраструктурную связанность", "Чэнь Шаован, мэр Даляня")]
    [InlineData("zh-Hans", "深化基础设施互联互通", "陈绍旺，大连市市长")]
    public void BriefOfTranslatedSeed_PrintsTheTranslations_AndNoOriginalInEnglishMark(string tag, string aim, string person)
    {
        var language = Language.FromTag(tag)!;
        var pdf = tag == "ru" ? Russian.Value : Chinese.Value;
        var text = TextOf(pdf);
        var joined = Regex.Replace(text, @"\s+", tag == "ru" ? " " : "");

        Assert.Contains(Regex.Replace(aim, @"\s+", tag == "ru" ? " " : ""), joined, StringComparison.Ordinal);
        Assert.Contains(Regex.Replace(person, @"\s+", tag == "ru" ? " " : ""), joined, StringComparison.Ordinal);
        Assert.DoesNotContain(Regex.Replace(SourceTextNote(language), @"\s+", tag == "ru" ? " " : ""), joined, StringComparison.Ordinal);
        Assert.Null(Infrastructure.Briefs.Dalian(language: language).SourceTextNote);

        // The seed's own English free text (aims, notes, institution and event names) appears nowhere.
        var english = new[] { "Deepen infrastructure", "Named in the memorandum", "Trade representative office", "Russian food culture festival", "Proposed by the Arkhangelsk governor", "Russian regions (all)" };
        Assert.DoesNotContain(english, e => text.Contains(e, StringComparison.Ordinal));
    }

    [Fact]
    public void RussianBrief_AfterALabelsColon_GoesOnInLowerCase_WhileNamesKeepTheirCapital()
    {
        var text = TextOf(Russian.Value);
        string[] names = ["Далянь", "Архангельск", "Владивосток", "Томск", "Приморский", "Чэнь", "Александр"];

        Assert.Contains("Охват: это партнёрство.", text, StringComparison.Ordinal);
        Assert.Contains("Стадия: подписан меморандум", text, StringComparison.Ordinal);
        Assert.Contains("Кто: администрации Даляня и Архангельска.", text, StringComparison.Ordinal);
        Assert.Contains("Дата не указана: по словам мэра Даляня", text, StringComparison.Ordinal);
        Assert.Contains("Другие партнёры стороны «Далянь»: Владивосток", text, StringComparison.Ordinal);
        var capitalAfterColon = Regex.Matches(text, @":\s+([А-ЯЁ][а-яё]+)").Select(m => m.Groups[1].Value).Where(word => !names.Contains(word)).ToList();
        Assert.True(capitalAfterColon.Count == 0, "capital after a colon: " + string.Join(", ", capitalAfterColon));
    }

    [Theory]
    [InlineData("ru", "Космическое сотрудничество")]
    [InlineData("zh-Hans", "航天合作")]
    [InlineData("en", "Space cooperation")]
    public void OtherSector_IsNamedByTheDatasLabelInTheBriefsLanguage(string tag, string expected)
    {
        var tree = SeedData.Tree();
        var sector = tree["partnerships"]![0]!["sectors"]![0]!.AsObject();
        sector["sector"] = "other";
        sector["label"] = "Space cooperation";
        sector["labelTranslations"] = new JsonObject { ["ru"] = "Космическое сотрудничество", ["zh"] = "航天合作" };
        var dataset = SeedData.Load(("other.json", SeedData.ToBytes(tree))).Dataset;

        var briefing = new BriefingBuilder(dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026, Language: Language.FromTag(tag)));

        Assert.Contains(briefing.Sectors, s => s.Sector == expected);
        Assert.Null(briefing.SourceTextNote);
    }

    [Fact]
    public void OtherSector_WithoutALabelInTheBriefsLanguage_IsSourceText_AndSaysSo()
    {
        var tree = SeedData.Tree();
        var sector = tree["partnerships"]![0]!["sectors"]![0]!.AsObject();
        sector["sector"] = "other";
        sector["label"] = "Space cooperation";
        sector["labelTranslations"] = new JsonObject { ["zh"] = "航天合作" };
        var dataset = SeedData.Load(("other.json", SeedData.ToBytes(tree))).Dataset;

        var russian = new BriefingBuilder(dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026, Language: Language.Russian));
        var chinese = new BriefingBuilder(dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026, Language: Language.Chinese));

        Assert.Contains(russian.Sectors, s => s.Sector == "Space cooperation");
        Assert.Equal(LanguageFormatsTests.Plain(SourceTextNote(Language.Russian)), LanguageFormatsTests.Plain(russian.SourceTextNote!));
        Assert.Null(chinese.SourceTextNote);
    }

    [Fact]
    public void EnglishBrief_KeepsItsCapitalAfterALabelsColon()
    {
        var text = TextOf(Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian()));

        Assert.Contains("Scope: This partnership.", text, StringComparison.Ordinal);
        Assert.Contains("Date not stated: Signed 'recently'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceInTheBriefsOwnLanguage_IsNamedByItsNativeName()
    {
        Assert.Contains("Архангельск", TextOf(Russian.Value)[..200], StringComparison.Ordinal);
        Assert.Contains("大连市", TextOf(Chinese.Value)[..80], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("zh-Hans")]
    public async Task PageOne_InEachLanguage_RendersToAPicture(string tag)
    {
        var pdf = Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian(language: Language.FromTag(tag)));
        var pdfPath = _work.Combine($"dalian-{tag}.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);

        var (png, _) = await PageImages.RenderFirstPageAsync(pdfPath, _work.Combine($"dalian-{tag}"));

        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.InRange(bytes.Length, 5_000, 300_000);
        if (Environment.GetEnvironmentVariable("TIESREPORTS_WRITE_DOCS") == "1")
        {
            File.Copy(png, Path.Combine(RepoPaths.Root, "docs", $"dalian-brief-page-1.{tag}.png"), overwrite: true);
        }
    }

    /// <summary>Every literal piece of the glossary's English texts that reads as words ("Trade volume", "reported by the").</summary>
    private static IReadOnlyList<string> EnglishLabels() => Glossary.Shipped.Entries
        .Where(e => !e.Key.StartsWith("format.", StringComparison.Ordinal))
        .SelectMany(e => e.Forms["en"].Values)
        .SelectMany(text => Placeholder().Split(text))
        .Select(piece => piece.Trim(' ', '.', ',', ';', ':', '(', ')', '—', '–', '“', '”', '\''))
        .Where(piece => piece.Length >= 4 && EnglishWord().IsMatch(piece))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<string> StringsOf(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => StringsOf(p.Value)),
        JsonArray a => a.SelectMany(StringsOf),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static string SourceTextNote(Language language) =>
        LanguageFormatsTests.Plain(language.Format("note.source-text", ("language", language.Text("language.en"))));

    private static void RemoveTranslations(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("translations");
                foreach (var (_, value) in o.ToList())
                {
                    RemoveTranslations(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    RemoveTranslations(item);
                }

                break;
        }
    }

    private static string TextOf(byte[] pdf) => LanguageFormatsTests.Plain(string.Join("\n", Infrastructure.Briefs.PageTexts(pdf)));

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
