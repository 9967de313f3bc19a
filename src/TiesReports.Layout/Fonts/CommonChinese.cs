using System.Text;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// The characters of GB 2312 (the 6,763 hanzi of everyday simplified Chinese and its symbols), CJK
/// punctuation and full-width forms: what place names, institutions and events nearly always need.
/// </summary>
internal static class CommonChinese
{
    private static readonly Lazy<int[]> Set = new(Build);

    public static IReadOnlyList<int> CodePoints => Set.Value;

    private static int[] Build()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var points = new HashSet<int>();
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (var high = 0xA1; high <= 0xF7; high++)
        {
            for (var low = 0xA1; low <= 0xFE; low++)
            {
                pair[0] = (byte)high;
                pair[1] = (byte)low;
                var count = gb2312.GetChars(pair, decoded);
                if (count == 1 && decoded[0] != '\uFFFD' && !char.IsSurrogate(decoded[0]))
                {
                    points.Add(decoded[0]);
                }
            }
        }

        for (var c = 0x3000; c <= 0x303F; c++)
        {
            points.Add(c);
        }

        for (var c = 0xFF00; c <= 0xFFEF; c++)
        {
            points.Add(c);
        }

        return [.. points.Order()];
    }
}
