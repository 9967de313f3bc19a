namespace TiesReports.Layout.Fonts;

/// <summary>
/// The fonts shipped beside this assembly, in the order each style tries them. No system font is ever looked up,
/// so rendering works the same on a bare container, Azure Functions or a laptop.
/// </summary>
public sealed class FontLibrary
{
    private static readonly Lazy<FontLibrary> Shared = new(() => new FontLibrary(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FontFace[] _regularChain;
    private readonly FontFace[] _boldChain;
    private readonly FontFace[] _italicChain;

    private FontLibrary()
    {
        SansFullRegular = Shipped("NotoSans-Regular");
        SansFullBold = Shipped("NotoSans-Bold");
        SansFullItalic = Shipped("NotoSans-Italic");
        SansRegular = SansFullRegular.Only("NotoSans-Common-Regular", () => CommonEuropean.CodePoints);
        SansBold = SansFullBold.Only("NotoSans-Common-Bold", () => CommonEuropean.CodePoints);
        SansItalic = SansFullItalic.Only("NotoSans-Common-Italic", () => CommonEuropean.CodePoints);
        ChineseRegular = Shipped("SourceHanSansSC-Regular");
        ChineseBold = Shipped("SourceHanSansSC-Bold");
        ChineseCommonRegular = ChineseRegular.Only("SourceHanSansSC-Common-Regular", () => CommonChinese.CodePoints);
        ChineseCommonBold = ChineseBold.Only("SourceHanSansSC-Common-Bold", () => CommonChinese.CodePoints);

        // Every other script, in the order they are tried. Only a face a character actually needs is ever read,
        // so Latin-only work never opens them. Han characters go to the simplified Chinese face first (it has
        // all unified ideographs, and Source Han Sans SC also has kana and Hangul); Japanese, Korean and
        // traditional Chinese faces add the rest.
        FontFace[] WorldFaces(string style) =>
        [
            Shipped("NotoSansJP-" + style),
            Shipped("NotoSansKR-" + style),
            Shipped("NotoSansTC-" + style),
            Shipped("NotoSansArabic-" + style).ShapedByHarfBuzz(),
            Shipped("NotoSansHebrew-" + style).ShapedByHarfBuzz(),
            Shipped("NotoSansDevanagari-" + style).ShapedByHarfBuzz(),
            Shipped("NotoSansThai-" + style).ShapedByHarfBuzz(),
            Shipped("NotoSansGeorgian-" + style),
            Shipped("NotoSansArmenian-" + style),
        ];

        var worldRegular = WorldFaces("Regular");
        var worldBold = WorldFaces("Bold");
        _regularChain = [SansRegular, ChineseCommonRegular, SansFullRegular, ChineseRegular, .. worldRegular];
        _boldChain = [SansBold, ChineseCommonBold, SansFullBold, ChineseBold, .. worldBold, .. _regularChain.Skip(2)];

        // Noto Sans Italic lacks a few characters the upright face has (U+20C0 SOM SIGN among them): the chains of
        // other styles end with the regular faces, so text that validates (against the regular faces) is drawn in
        // every style, upright where the style has no glyph, and never as '?'.
        _italicChain = [SansItalic, ChineseCommonRegular, SansFullItalic, ChineseRegular, .. worldRegular, SansFullRegular];
    }

    public static FontLibrary Instance => Shared.Value;

    /// <summary>Noto Sans restricted to Latin, Greek, Cyrillic and common symbols (see <see cref="CommonEuropean"/>).</summary>
    public FontFace SansRegular { get; }

    public FontFace SansBold { get; }

    public FontFace SansItalic { get; }

    /// <summary>The whole of Noto Sans, for the rare characters outside the common set.</summary>
    public FontFace SansFullRegular { get; }

    public FontFace SansFullBold { get; }

    public FontFace SansFullItalic { get; }

    public FontFace ChineseRegular { get; }

    public FontFace ChineseBold { get; }

    /// <summary>
    /// <see cref="ChineseRegular"/> restricted to the common Chinese characters (GB 2312 and CJK punctuation): tried
    /// before the whole of Noto Sans, so Chinese punctuation and the characters both faces have come from the Chinese face.
    /// </summary>
    public FontFace ChineseCommonRegular { get; }

    public FontFace ChineseCommonBold { get; }

    /// <summary>
    /// Faces to try, in order, for each character of text in the given weight and slant: the common characters
    /// first (Latin, Greek, Cyrillic; then Chinese), then the full fonts for rare characters.
    /// </summary>
    public IReadOnlyList<FontFace> FallbackChain(bool bold, bool italic) =>
        bold ? _boldChain : italic ? _italicChain : _regularChain;

    /// <summary>
    /// Whether any shipped face has a glyph for <paramref name="codePoint"/>. Printable ASCII needs no font to be
    /// read; other characters read the full faces in turn, only as far as needed (the common views hold nothing more).
    /// </summary>
    public bool CanDraw(int codePoint)
    {
        if (codePoint is >= 0x20 and < 0x7F)
        {
            return true;
        }

        foreach (var face in _regularChain.Skip(2))
        {
            if (face.HasGlyph(codePoint))
            {
                return true;
            }
        }

        return false;
    }

    private static FontFace Shipped(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fonts");
        foreach (var extension in (string[])[".ttf", ".otf", ".woff"])
        {
            var path = Path.Combine(folder, name + extension);
            if (File.Exists(path))
            {
                return FontFace.FromFile(name, path);
            }
        }

        throw new InvalidOperationException($"The font {name} is missing from {folder}; rebuild after 'npm ci' so the fonts are copied beside the application.");
    }
}
