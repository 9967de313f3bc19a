using TiesReports.Layout.Fonts;
using TiesReports.Layout.Text;

namespace TiesReports.Tests.Layout;

public sealed class TextLayoutTests
{
    private static readonly TextStyle Style = new(10);

    private static IEnumerable<string> LineTexts(IReadOnlyList<TextLine> lines) => lines.Select(l => string.Concat(l.Runs.Select(r => r.Text)));

    [Fact]
    public void LatinAndCyrillic_BreakBetweenWords()
    {
        var lines = TextLayout.Break("Сотрудничество в области энергетики and maritime logistics", Style, 120);

        Assert.True(lines.Count > 1);
        Assert.All(LineTexts(lines), text => Assert.False(text.StartsWith(' ') || text.EndsWith(' ')));
        Assert.Equal("Сотрудничество в области энергетики and maritime logistics", string.Join(" ", LineTexts(lines)));
        Assert.All(lines, l => Assert.True(l.Width <= 120));
    }

    [Fact]
    public void Chinese_BreaksBetweenCharacters_WithoutStartingALineWithPunctuation()
    {
        var text = "大连与阿尔汉格尔斯克签署友好交流备忘录，双方将在经济、文化、教育等领域开展合作。";

        var lines = TextLayout.Break(text, Style, 60);

        Assert.True(lines.Count >= 4);
        Assert.Equal(text, string.Concat(LineTexts(lines)));
        Assert.All(LineTexts(lines).Skip(1), l => Assert.DoesNotContain(l[0], "，、。"));
    }

    [Fact]
    public void PerCharacterFallback_DrawsChineseWithTheScFont()
    {
        var line = TextLayout.Break("Dalian 大连", Style, 500).Single();

        Assert.Equal(FontLibrary.Instance.SansRegular, line.Runs[0].Face);
        Assert.Equal(FontLibrary.Instance.ChineseCommonRegular, line.Runs[^1].Face);
        Assert.Equal("大连", line.Runs[^1].Text);
    }

    [Fact]
    public void SoftHyphenInsideALine_IsInvisible()
    {
        var line = TextLayout.Break("Koope\u00ADration works", Style, 500).Single();

        Assert.Equal("Kooperation works", string.Concat(line.Runs.Select(r => r.Text)));
        Assert.Equal(TextLayout.Break("Kooperation works", Style, 500).Single().Width, line.Width, 3);
    }

    [Fact]
    public void LineEndingAtASoftHyphen_ShowsTheHyphen_AndTheWordContinuesBelow()
    {
        const string Text = "Partners agree on Zusammen\u00ADarbeits\u00ADvereinbarungen";
        var before = TextLayout.Break("Partners agree on Zusammen-", Style, 1000).Single().Width;

        var lines = LineTexts(TextLayout.Break(Text, Style, before + 1)).ToList();

        Assert.Equal(["Partners agree on Zusammen-", "arbeitsvereinbarungen"], lines);
    }

    [Fact]
    public void SoftHyphenWhoseHyphenWouldOverrun_CarriesTheSyllableToTheNextLine()
    {
        var hyphenated = TextLayout.Break("Partners agree on Zusammen-", Style, 1000).Single().Width;
        var plain = TextLayout.Break("Partners agree on Zusammen", Style, 1000).Single().Width;

        // "Zusammen" fits without its hyphen but not with it: the line breaks at the space instead.
        var lines = LineTexts(TextLayout.Break("Partners agree on Zusammen\u00ADarbeit", Style, (plain + hyphenated) / 2)).ToList();

        Assert.Equal(["Partners agree on", "Zusammenarbeit"], lines);
    }

    [Fact]
    public void LatinWordWiderThanTheLine_IsCutWithAVisibleHyphen()
    {
        var word = new string('x', 400);

        var lines = TextLayout.Break(word, Style, 100);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(l.Width <= 100.0001, $"line of width {l.Width}"));
        Assert.All(LineTexts(lines).SkipLast(1), l => Assert.EndsWith("x-", l, StringComparison.Ordinal));
        Assert.Equal(word, string.Concat(LineTexts(lines).Select(l => l.TrimEnd('-'))));
    }

    [Fact]
    public void CyrillicWordWiderThanTheLine_IsCutWithAHyphen_NeverMidWordWithout()
    {
        const string Text = "В Дальневосточногосударственноготехнического университете";

        var lines = LineTexts(TextLayout.Break(Text, Style, 80)).ToList();

        // Lines ending in a hyphen continue the word on the next line; all others end at a space.
        var rejoined = lines.Aggregate((text, line) => text.EndsWith('-') ? text[..^1] + line : text + " " + line);
        Assert.Equal(Text, rejoined);
        Assert.Contains(lines, l => l.EndsWith('-'));
    }

    [Fact]
    public void AddressWiderThanTheLine_IsCutWithoutAddingAHyphen()
    {
        const string Address = "https://example.org/partnerships/dalian-arkhangelsk/statistics.json";

        var lines = LineTexts(TextLayout.Break(Address, Style, 60)).ToList();

        Assert.Equal(Address, string.Concat(lines));
    }

    [Fact]
    public void ChineseAndJapanese_NeverStartALineWithClosingOrEndItWithOpeningPunctuation()
    {
        const string Closing = "。，、）」』】》〉！？：；";
        const string Opening = "（「『【《〈";
        var text = "大连市（辽宁省）与「阿尔汉格尔斯克」签署《友好城市协议》。双方同意：在经济、文化【教育】等领域合作！是否继续？『是』〈好〉；岡山県・ー";

        // From 4.5 characters a line up: narrower lines cannot hold 〈好〉； (a character with its brackets and punctuation).
        foreach (var width in Enumerable.Range(9, 30).Select(n => n * 6.0))
        {
            var lines = LineTexts(TextLayout.Break(text, Style, width)).ToList();

            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], Closing));
            Assert.All(lines.SkipLast(1), l => Assert.DoesNotContain(l[^1], Opening));
        }
    }

    [Fact]
    public void CharactersNoFontHas_BecomeQuestionMarks()
    {
        var line = TextLayout.Break("a\u0007b", Style, 500).Single();

        Assert.Equal("a?b", string.Concat(line.Runs.Select(r => r.Text)));
    }

    [Fact]
    public void Measurement_MatchesTheFontsAdvanceWidths()
    {
        var face = FontLibrary.Instance.SansRegular;

        var width = TextMeasurer.Width("AV", new TextStyle(20));

        Assert.Equal((face.AdvanceOf('A') + face.AdvanceOf('V')) * 20, width, 6);
        Assert.InRange(face.AdvanceOf('A'), 0.5, 0.8);
    }

    [Fact]
    public void RareChineseCharacter_FallsBackToTheFullFont()
    {
        var library = FontLibrary.Instance;
        var rare = Enumerable.Range(0x3400, 0x19C0).First(cp => library.ChineseRegular.HasGlyph(cp) && !library.ChineseCommonRegular.HasGlyph(cp));

        var face = TextMeasurer.FaceFor(new System.Text.Rune(rare), library.FallbackChain(bold: false, italic: false));

        // Drawn from the full face itself: the PDF embeds only the glyphs drawn, whatever the face's size.
        Assert.Same(library.ChineseRegular, face);
        Assert.True(face.HasGlyph(rare));
    }

    [Fact]
    public void CommonCuts_KeepTheAdvanceWidthsOfTheFullFonts()
    {
        var library = FontLibrary.Instance;

        foreach (var c in "Aa Жж Ωω 大连市辽宁省，。".EnumerateRunes())
        {
            var (cut, full) = c.Value < 0x2E80 ? (library.SansRegular, library.SansFullRegular) : (library.ChineseCommonRegular, library.ChineseRegular);
            Assert.True(cut.HasGlyph(c.Value), $"the common cut lacks {c}");
            Assert.Equal(full.AdvanceOf(c.Value), cut.AdvanceOf(c.Value), 9);
        }
    }
}
