using System.Buffers;
using System.Globalization;

namespace TiesReports.Layout.Text;

/// <summary>
/// Where lines may break besides spaces: the Chinese and Japanese rules (kinsoku), dictionary words for scripts
/// written without spaces, and whether a word cut in two takes a hyphen.
/// </summary>
internal static class LineBreaking
{
    /// <summary>Opening brackets and quotes that never end a line.</summary>
    public static readonly SearchValues<char> OpeningPunctuation = SearchValues.Create("（「『【《〈〔〖〘〚［｛｟‘“(");

    private static readonly SearchValues<char> ClosingPunctuation = SearchValues.Create(
        "。，、）」』】》〉〕〗〙〛］｝｠！？：；・ー’”々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ‥…．｡､),.");

    /// <summary>Thai, Lao, Myanmar and Khmer: no spaces between words.</summary>
    public static bool IsDictionaryScript(int codePoint) => codePoint is
        >= 0x0E00 and <= 0x0EFF or // Thai, Lao
        >= 0x1000 and <= 0x109F or // Myanmar
        >= 0x1780 and <= 0x17FF; // Khmer

    /// <summary>Break positions in <paramref name="text"/> (a run of such a script), from 0 to its length.</summary>
    public static IReadOnlyList<int> DictionaryBreaks(string text)
    {
        // ICU's line iterator with its dictionaries (loaded on first use): only text in these scripts pays for them.
        var breaks = SystemIcu.LineBreaks(text);
        breaks.Insert(0, 0);

        if (breaks[^1] != text.Length)
        {
            breaks.Add(text.Length);
        }

        return breaks;
    }

    public static bool IsIdeographic(int codePoint) => codePoint is
        >= 0x2E80 and <= 0x2FFF or // CJK radicals
        >= 0x3000 and <= 0x30FF or // CJK punctuation, kana
        >= 0x3400 and <= 0x4DBF or // extension A
        >= 0x4E00 and <= 0x9FFF or // unified ideographs
        >= 0xAC00 and <= 0xD7AF or // Hangul
        >= 0xF900 and <= 0xFAFF or // compatibility ideographs
        >= 0xFF00 and <= 0xFFEF or // full-width forms
        >= 0x20000 and <= 0x3FFFF; // extensions B+

    public static bool MayNotStartLine(int codePoint) => codePoint <= 0xFFFF && ClosingPunctuation.Contains((char)codePoint);

    public static bool MayNotEndLine(int codePoint) => codePoint <= 0xFFFF && OpeningPunctuation.Contains((char)codePoint);

    /// <summary>
    /// Whether a word cut at <paramref name="index"/> shows a hyphen: between two letters or digits of a script that
    /// hyphenates (Latin, Greek, Cyrillic, Armenian, Georgian), and not inside an address or identifier.
    /// </summary>
    public static bool TakesHyphen(string word, int index)
    {
        if (index <= 0 || index >= word.Length || word.AsSpan().ContainsAny("/:@_.\\"))
        {
            return false;
        }

        return Hyphenates(word, index - 1) && Hyphenates(word, index);
    }

    private static bool Hyphenates(string word, int index)
    {
        var c = char.IsLowSurrogate(word[index]) && index > 0 ? char.ConvertToUtf32(word[index - 1], word[index]) : word[index];
        return char.IsLetterOrDigit(word, char.IsLowSurrogate(word[index]) && index > 0 ? index - 1 : index) && c is
            < 0x0590 or // Latin, Greek, Cyrillic, Armenian
            >= 0x10A0 and <= 0x10FF or // Georgian
            >= 0x1C80 and <= 0x1CBF or // Cyrillic extended C, Georgian extended
            >= 0x1E00 and <= 0x1FFF or // Latin extended additional, Greek extended
            >= 0x2C00 and <= 0x2DFF or // Glagolitic, Latin extended C, Georgian supplement, Cyrillic extended A
            >= 0xA640 and <= 0xA7FF; // Cyrillic extended B, Latin extended D
    }
}
