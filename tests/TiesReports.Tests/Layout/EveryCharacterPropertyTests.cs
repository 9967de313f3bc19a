using System.Globalization;
using System.Text;
using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Layout;

/// <summary>
/// Every assigned character of the BMP, and every letter beyond it, put into a place name ends one of two ways:
/// validation refuses it naming its code point, or the brief's PDF carries it so that it is extracted back. Never
/// a silent "?" and never a crash. Characters are batched many to a document to keep this fast.
/// </summary>
public sealed class EveryCharacterPropertyTests
{
    private const int BatchSize = 2_500;

    // Validation asks the regular faces; bold and italic text must draw the same characters (Noto Sans Italic lacks
    // a few the upright face has), so every style is checked.
    public static TheoryData<string, int, int, string> Planes => new()
    {
        { "BMP", 0x0000, 0xFFFF, "regular" },
        { "BMP", 0x0000, 0xFFFF, "bold" },
        { "BMP", 0x0000, 0xFFFF, "italic" },
        { "letters beyond the BMP", 0x10000, 0x3FFFF, "regular" },
        { "letters beyond the BMP", 0x10000, 0x3FFFF, "bold" },
    };

    [Theory]
    [MemberData(nameof(Planes))]
    public void EveryCharacter_IsRefusedByValidation_OrExtractedFromThePdf(string plane, int first, int last, string style)
    {
        var textStyle = new TextStyle(10, Bold: style == "bold", Italic: style == "italic");
        var candidates = Enumerable.Range(first, last - first + 1).Where(cp => Candidate(cp, beyondBmp: first > 0xFFFF)).ToList();
        var refused = new List<int>();
        var drawn = new List<int>();
        foreach (var cp in candidates)
        {
            var error = ValidationError(cp);
            if (error is null)
            {
                drawn.Add(cp);
            }
            else
            {
                Assert.Contains($"U+{cp:X4}", error, StringComparison.Ordinal);
                refused.Add(cp);
            }
        }

        var missing = new List<string>();
        foreach (var batch in drawn.Where(cp => !IsSpace(cp) && cp != SoftHyphen).Chunk(BatchSize))
        {
            var text = string.Join(" ", batch.Select(char.ConvertFromUtf32));
            var extracted = Extract(Render(text, textStyle));
            missing.AddRange(batch.Where(cp => !extracted.Contains(char.ConvertFromUtf32(cp), StringComparison.Ordinal)).Select(cp => $"U+{cp:X4}"));
        }

        Assert.True(missing.Count == 0, $"{plane}, {style}: {missing.Count} characters passed validation but are not in the PDF text: {string.Join(", ", missing.Take(40))}");
        Assert.True(drawn.Count > 0 && (first > 0xFFFF || drawn.Count > 40_000), $"{plane}: only {drawn.Count} characters drawn, {refused.Count} refused");
    }

    [Fact]
    public void ValidationOfASingleCharacter_GoesThroughTheLoader()
    {
        var tree = SeedData.Tree();
        tree["places"]![1]!["nativeName"] = "A\uE000";

        var result = new DatasetLoader(ShippedFontCoverage.LoaderOptions()).Load([("x.json", (ReadOnlyMemory<byte>)SeedData.ToBytes(tree))]);

        Assert.Contains(result.Errors, e => e.Reason.StartsWith("U+E000 ", StringComparison.Ordinal));
    }

    /// <summary>Assigned, and not a surrogate half (which cannot stand alone in text); beyond the BMP, letters only.</summary>
    private static bool Candidate(int cp, bool beyondBmp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category != UnicodeCategory.OtherNotAssigned
            && (!beyondBmp || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter);
    }

    // Spaces are drawn as spaces: extraction shows them as word gaps, not as themselves.
    // Shows nothing inside a line by definition (only a line ending at it shows a hyphen: TextLayoutTests).
    private const int SoftHyphen = 0xAD;

    private static bool IsSpace(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || cp == '\n';

    /// <summary>What the loader says of a place name "A" + the character: its rules, then the fonts' coverage.</summary>
    private static string? ValidationError(int cp)
    {
        var text = "A" + char.ConvertFromUtf32(cp);
        var rules = TextRules.Check(text, 200);
        if (rules is not null)
        {
            // Controls and bidi controls are refused by the text rules; say which, as the loader does.
            return $"U+{cp:X4}: {rules}";
        }

        return ShippedFontCoverage.Instance.CanDraw(cp) ? null : $"U+{cp:X4} {ShippedFontCoverage.Instance.NameOf(cp)} cannot be drawn";
    }

    private static byte[] Render(string text, TextStyle style) => PdfRenderer.Render(new LayoutDocument(
        new DocumentMetadata("characters", "", "", "", "en", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)),
        new PageSetup { MaxPages = 10_000 },
        null,
        [new Paragraph(text, style)]));

    private static string Extract(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var all = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                all.Append(letter.Value).Append(' ');
            }
        }

        return all.ToString();
    }
}
