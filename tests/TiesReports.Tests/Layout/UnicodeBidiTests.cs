using System.Globalization;
using TiesReports.Layout.Text;

namespace TiesReports.Tests.Layout;

/// <summary>
/// The bidi algorithm against Unicode's own conformance data (BidiCharacterTest.txt from Debian's unicode-data),
/// and on the mixed lines briefs print.
/// </summary>
public sealed class UnicodeBidiTests
{
    private const string ConformanceFile = "/usr/share/unicode/BidiCharacterTest.txt";

    [Fact]
    public void EveryConformanceCase_GivesUnicodesLevelsAndVisualOrder()
    {
        Assert.True(File.Exists(ConformanceFile), $"{ConformanceFile} is missing: install Debian's unicode-data (.ci/run does).");
        var failures = new List<string>();
        var checkedCases = 0;
        foreach (var line in File.ReadLines(ConformanceFile))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(';');
            var codePoints = fields[0].Split(' ').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

            // The file is Unicode 15, like Debian 12's ICU 72; on an older ICU, cases with newer characters are skipped.
            if (!codePoints.All(SystemIcu.IsDefined))
            {
                continue;
            }

            byte? direction = fields[1] == "2" ? null : byte.Parse(fields[1], CultureInfo.InvariantCulture);
            var bidi = UnicodeBidi.Resolve(codePoints, direction);
            var levels = bidi.LineLevels(0, codePoints.Length);
            var actualLevels = Enumerable.Range(0, codePoints.Length).Select(i => bidi.IsRemovedAt(i) ? "x" : levels[i].ToString(CultureInfo.InvariantCulture));
            var shown = Enumerable.Range(0, codePoints.Length).Where(i => !bidi.IsRemovedAt(i)).ToArray();
            var order = string.Join(" ", UnicodeBidi.VisualOrder(shown.Select(i => levels[i]).ToArray()).Select(n => shown[n]));

            checkedCases++;
            if (bidi.ParagraphLevel.ToString(CultureInfo.InvariantCulture) != fields[2] || string.Join(" ", actualLevels) != fields[3] || order != fields[4])
            {
                failures.Add($"{line} → {bidi.ParagraphLevel};{string.Join(" ", actualLevels)};{order}");
            }

        }

        Assert.True(checkedCases > 80_000, $"only {checkedCases} cases checked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCases} cases differ, e.g.\n{string.Join("\n", failures.Take(10))}");
    }

    [Fact]
    public void NeedsBidi_IsTrueForEveryCharacterThatCanTurnALineRightToLeft()
    {
        // The fast path that keeps Latin, Cyrillic and Chinese text away from ICU must miss no character that matters.
        var missed = Enumerable.Range(0, 0x10000)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Where(c => UnicodeBidi.ClassOf(c) is UnicodeBidi.BidiClass.R or UnicodeBidi.BidiClass.AL or UnicodeBidi.BidiClass.AN or >= UnicodeBidi.BidiClass.LRE)
            .Where(c => !UnicodeBidi.NeedsBidi(((char)c).ToString()))
            .Select(c => $"U+{c:X4}")
            .ToList();

        Assert.Empty(missed);
    }

    [Fact]
    public void MixedLine_KeepsLatinLeftToRight_AndArabicWithItsNumberRightToLeft()
    {
        var text = "Dubai دبي 2024";
        var bidi = UnicodeBidi.Resolve(text.EnumerateRunes().Select(r => r.Value).ToArray());

        var visual = string.Concat(UnicodeBidi.VisualOrder(bidi.LineLevels(0, text.Length)).Select(i => text[i]));

        // W2: digits after Arabic letters are Arabic numbers, so "دبي 2024" is one right-to-left stretch.
        Assert.Equal(0, bidi.ParagraphLevel);
        Assert.Equal("Dubai 2024 يبد", visual);
    }

    [Fact]
    public void HebrewParagraph_IsRightToLeft_WithBracketsMirrored()
    {
        var text = "תל אביב (2024)";
        var bidi = UnicodeBidi.Resolve(text.EnumerateRunes().Select(r => r.Value).ToArray());
        var levels = bidi.LineLevels(0, text.Length);

        var visual = string.Concat(UnicodeBidi.VisualOrder(levels).Select(i => char.ConvertFromUtf32(UnicodeBidi.Mirrored(text[i], levels[i]))));

        Assert.Equal(1, bidi.ParagraphLevel);
        Assert.Equal("(2024) ביבא לת", visual);
    }
}
