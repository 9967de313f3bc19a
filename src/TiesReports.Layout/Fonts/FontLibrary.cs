using System.Reflection;
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

    private FontLibrary()
    {
        SansRegular = Embedded("NotoSans-Regular");
        SansBold = Embedded("NotoSans-Bold");
        SansItalic = Embedded("NotoSans-Italic");
        ChineseRegular = Embedded("NotoSansSC-Regular");
        ChineseBold = Embedded("NotoSansSC-Bold");
        _faces = new[] { SansRegular, SansBold, SansItalic, ChineseRegular, ChineseBold }.ToDictionary(f => f.Name, StringComparer.Ordinal);
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

    public FontFace SansRegular { get; }

    public FontFace SansBold { get; }

    public FontFace SansItalic { get; }

    public FontFace ChineseRegular { get; }

    public FontFace ChineseBold { get; }

    /// <summary>Faces to try, in order, for each character of text in the given weight and slant.</summary>
    public IReadOnlyList<FontFace> FallbackChain(bool bold, bool italic) =>
        bold ? [SansBold, ChineseBold] : italic ? [SansItalic, ChineseRegular] : [SansRegular, ChineseRegular];

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.Bytes : null;

    private static FontFace Embedded(string name) => new(name, () =>
    {
        var resource = $"fonts/{name}.ttf";
        using var stream = typeof(FontLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from {typeof(FontLibrary).Assembly.GetName().Name}; rebuild after 'npm ci'.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    });
}
