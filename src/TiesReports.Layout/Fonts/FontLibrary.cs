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
    private readonly FontFace[] _regularChain;
    private readonly FontFace[] _boldChain;
    private readonly FontFace[] _italicChain;

    private FontLibrary()
    {
        SansFullRegular = Embedded("NotoSans-Regular");
        SansFullBold = Embedded("NotoSans-Bold");
        SansFullItalic = Embedded("NotoSans-Italic");
        SansRegular = new FontFace("NotoSans-Common-Regular", () => SansFullRegular.Read(font => TrueTypeSubsetter.Subset(font, CommonEuropean.CodePoints)));
        SansBold = new FontFace("NotoSans-Common-Bold", () => SansFullBold.Read(font => TrueTypeSubsetter.Subset(font, CommonEuropean.CodePoints)));
        SansItalic = new FontFace("NotoSans-Common-Italic", () => SansFullItalic.Read(font => TrueTypeSubsetter.Subset(font, CommonEuropean.CodePoints)));
        ChineseRegular = Embedded("NotoSansSC-Regular");
        ChineseBold = Embedded("NotoSansSC-Bold");
        ChineseCommonRegular = new FontFace("NotoSansSC-Common-Regular", () => ChineseRegular.Read(font => TrueTypeSubsetter.Subset(font, CommonChinese.CodePoints)));
        ChineseCommonBold = new FontFace("NotoSansSC-Common-Bold", () => ChineseBold.Read(font => TrueTypeSubsetter.Subset(font, CommonChinese.CodePoints)));
        _faces = new[] { SansRegular, SansBold, SansItalic, SansFullRegular, SansFullBold, SansFullItalic, ChineseCommonRegular, ChineseCommonBold, ChineseRegular, ChineseBold }
            .ToDictionary(f => f.Name, StringComparer.Ordinal);
        _regularChain = [SansRegular, ChineseCommonRegular, SansFullRegular, ChineseRegular];
        _boldChain = [SansBold, ChineseCommonBold, SansFullBold, ChineseBold];
        _italicChain = [SansItalic, ChineseCommonRegular, SansFullItalic, ChineseRegular];
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

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.Bytes : null;

    private static FontFace Embedded(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fonts", name + ".ttf");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The font {path} is missing; rebuild after 'npm ci' so the fonts are copied beside the application.");
        }

        return new FontFace(name, path);
    }
}
