using PdfSharp.Fonts;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// The fonts shipped inside this assembly, and PDFsharp's font resolver over them. No system font is ever
/// looked up, so rendering works the same on a bare container, Azure Functions or a laptop.
/// </summary>
public sealed class FontLibrary : IFontResolver
{
    private static readonly Lazy<FontLibrary> Shared = new(() => new FontLibrary(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object InstallLock = new();

    private readonly Dictionary<string, FontFace> _faces;
    private readonly FontFace[] _cutInBlocks;
    private readonly FontFace[] _regularChain;
    private readonly FontFace[] _boldChain;
    private readonly FontFace[] _italicChain;

    private FontLibrary()
    {
        SansFullRegular = Shipped("NotoSans-Regular").CutInBlocks();
        SansFullBold = Shipped("NotoSans-Bold").CutInBlocks();
        SansFullItalic = Shipped("NotoSans-Italic").CutInBlocks();
        SansRegular = Cut(SansFullRegular, "NotoSans-Common-Regular", () => CommonEuropean.CodePoints);
        SansBold = Cut(SansFullBold, "NotoSans-Common-Bold", () => CommonEuropean.CodePoints);
        SansItalic = Cut(SansFullItalic, "NotoSans-Common-Italic", () => CommonEuropean.CodePoints);
        ChineseRegular = Shipped("NotoSansSC-Regular").CutInBlocks();
        ChineseBold = Shipped("NotoSansSC-Bold").CutInBlocks();
        ChineseCommonRegular = Cut(ChineseRegular, "NotoSansSC-Common-Regular", () => CommonChinese.CodePoints);
        ChineseCommonBold = Cut(ChineseBold, "NotoSansSC-Common-Bold", () => CommonChinese.CodePoints);

        // Every face but the two common cuts is drawn through cuts of its blocks (see FontFace.CutInBlocks), which
        // also gives every character a glyph of its own. Every other script, in the order they are tried. Only a face a character actually needs is ever read,
        // so Latin-only work never opens them. Han characters go to the simplified Chinese face first (it has
        // all unified ideographs); Japanese, Korean and traditional Chinese faces add kana, Hangul and the rest.
        FontFace[] WorldFaces(string style) =>
        [
            Shipped("NotoSansJP-" + style).CutInBlocks(),
            Shipped("NotoSansKR-" + style).CutInBlocks(),
            Shipped("NotoSansTC-" + style).CutInBlocks(),
            Shipped("NotoSansArabic-" + style).CutInBlocks().ShapedByHarfBuzz(),
            Shipped("NotoSansHebrew-" + style).CutInBlocks().ShapedByHarfBuzz(),
            Shipped("NotoSansDevanagari-" + style).CutInBlocks().ShapedByHarfBuzz(),
            Shipped("NotoSansThai-" + style).CutInBlocks().ShapedByHarfBuzz(),
            Shipped("NotoSansGeorgian-" + style).CutInBlocks(),
            Shipped("NotoSansArmenian-" + style).CutInBlocks(),
        ];

        var worldRegular = WorldFaces("Regular");
        var worldBold = WorldFaces("Bold");
        _regularChain = [SansRegular, ChineseCommonRegular, SansFullRegular, ChineseRegular, .. worldRegular];
        _boldChain = [SansBold, ChineseCommonBold, SansFullBold, ChineseBold, .. worldBold, .. _regularChain.Skip(2)];

        // Noto Sans Italic lacks a few characters the upright face has (U+20C0 SOM SIGN among them): the chains of
        // other styles end with the regular faces, so text that validates (against the regular faces) is drawn in
        // every style, upright where the style has no glyph, and never as '?'.
        _italicChain = [SansItalic, ChineseCommonRegular, SansFullItalic, ChineseRegular, .. worldRegular, SansFullRegular];
        var all = _regularChain.Concat(_boldChain).Concat(_italicChain).Distinct().ToArray();
        _faces = all.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _cutInBlocks = [.. all.Where(f => f.IsCutInBlocks)];
    }

    /// <summary>The library, registered as PDFsharp's font resolver on first use.</summary>
    public static FontLibrary Instance
    {
        get
        {
            var library = Shared.Value;
            if (GlobalFontSettings.FontResolver != library)
            {
                lock (InstallLock)
                {
                    if (GlobalFontSettings.FontResolver is null)
                    {
                        GlobalFontSettings.FontResolver = library;
                    }
                    else if (GlobalFontSettings.FontResolver != library)
                    {
                        throw new InvalidOperationException("Another PDFsharp font resolver is installed; TiesReports ships its own fonts and needs its resolver.");
                    }
                }
            }

            return library;
        }
    }

    /// <summary>Latin, Greek, Cyrillic and common symbols cut from Noto Sans (see <see cref="CommonEuropean"/>).</summary>
    public FontFace SansRegular { get; }

    public FontFace SansBold { get; }

    public FontFace SansItalic { get; }

    /// <summary>The whole of Noto Sans, for the rare characters the common cut lacks.</summary>
    public FontFace SansFullRegular { get; }

    public FontFace SansFullBold { get; }

    public FontFace SansFullItalic { get; }

    public FontFace ChineseRegular { get; }

    public FontFace ChineseBold { get; }

    /// <summary>The common Chinese characters (GB 2312 and CJK punctuation) cut from <see cref="ChineseRegular"/>: small to embed.</summary>
    public FontFace ChineseCommonRegular { get; }

    public FontFace ChineseCommonBold { get; }

    /// <summary>
    /// Faces to try, in order, for each character of text in the given weight and slant: the small common cuts
    /// first (Latin, Greek, Cyrillic; then Chinese), then the full fonts for rare characters. Small faces keep
    /// every embedded subset small, because PDFsharp keeps the metrics of all glyphs of a face it subsets.
    /// </summary>
    public IReadOnlyList<FontFace> FallbackChain(bool bold, bool italic) =>
        bold ? _boldChain : italic ? _italicChain : _regularChain;

    /// <summary>
    /// Whether any shipped face has a glyph for <paramref name="codePoint"/>. Printable ASCII needs no font to be
    /// read; other characters read the full faces in turn, only as far as needed (the cuts hold nothing more).
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

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Find(familyName) is not null ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => Find(faceName)?.Bytes;

    private FontFace? Find(string name)
    {
        if (_faces.TryGetValue(name, out var face))
        {
            return face;
        }

        foreach (var source in _cutInBlocks)
        {
            if (source.FindCut(name) is { } cut)
            {
                return cut;
            }
        }

        return null;
    }

    private static FontFace Cut(FontFace source, string name, Func<IReadOnlyList<int>> codePoints) =>
        new(name, () => source.Read(font => TrueTypeSubsetter.Subset(font, codePoints(), name)));

    private static FontFace Shipped(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fonts");
        foreach (var extension in (string[])[".ttf", ".woff"])
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
