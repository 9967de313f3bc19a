namespace TiesReports.Layout.Fonts;

/// <summary>Latin (with its extensions), Greek, Cyrillic, general punctuation, currency, arrows and math symbols.</summary>
internal static class CommonEuropean
{
    private static readonly (int First, int Last)[] Ranges =
    [
        (0x0020, 0x024F), (0x0300, 0x036F), (0x0370, 0x03FF), (0x0400, 0x052F), (0x1E00, 0x1EFF),
        (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x25A0, 0x25FF),
    ];

    public static IReadOnlyList<int> CodePoints { get; } = Ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).ToArray();
}
