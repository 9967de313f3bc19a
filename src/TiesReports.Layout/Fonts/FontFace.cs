namespace TiesReports.Layout.Fonts;

/// <summary>
/// One shipped TrueType face: its name for PDFsharp, its bytes and its metrics. Metrics are read on first use,
/// so a document without Chinese never parses the large CJK font.
/// </summary>
public sealed class FontFace
{
    private readonly string? _path;
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<TrueTypeMetrics> _metrics;
    private TrueTypeMetrics? _loaded;

    /// <summary>A face generated in memory (a cut of another face).</summary>
    internal FontFace(string name, Func<byte[]> load)
    {
        Name = name;
        _bytes = new Lazy<byte[]>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        _metrics = new Lazy<TrueTypeMetrics>(() => TrueTypeMetrics.Read(_bytes.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// A face in a font file. Metrics and cuts are read through a memory map, so a large font is neither
    /// copied onto the heap nor kept resident unless PDFsharp has to embed it whole.
    /// </summary>
    internal FontFace(string name, string path)
    {
        Name = name;
        _path = path;
        _bytes = new Lazy<byte[]>(() => File.ReadAllBytes(path), LazyThreadSafetyMode.ExecutionAndPublication);
        _metrics = new Lazy<TrueTypeMetrics>(() => Read(font => TrueTypeMetrics.Read(font)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal delegate T FontReader<out T>(ReadOnlySpan<byte> font);

    /// <summary>The face name PDFsharp resolves through <see cref="FontLibrary"/>.</summary>
    public string Name { get; }

    /// <summary>The font program, kept for embedding.</summary>
    internal byte[] Bytes => _bytes.Value;

    /// <summary>Reads the font program without keeping it: mapped from its file, or the bytes in memory.</summary>
    internal unsafe T Read<T>(FontReader<T> reader)
    {
        if (_path is null || _bytes.IsValueCreated)
        {
            return reader(_bytes.Value);
        }

        using var file = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile(_path, FileMode.Open, null, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
        using var view = file.CreateViewAccessor(0, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            return reader(new ReadOnlySpan<byte>(pointer + view.PointerOffset, checked((int)new FileInfo(_path).Length)));
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    // Read on every measured character: after the first load, skip the Lazy.
    private TrueTypeMetrics Metrics => _loaded ??= _metrics.Value;

    /// <summary>Distance from baseline to the top of the line, per point of font size.</summary>
    public double Ascent => (double)Metrics.Ascender / Metrics.UnitsPerEm;

    /// <summary>Distance from baseline to the bottom of the line (positive), per point of font size.</summary>
    public double Descent => -(double)Metrics.Descender / Metrics.UnitsPerEm;

    public double LineGap => (double)Metrics.LineGap / Metrics.UnitsPerEm;

    public bool HasGlyph(int codePoint) => Metrics.GlyphOf(codePoint) != 0;

    /// <summary>Advance of a character, per point of font size.</summary>
    public double AdvanceOf(int codePoint) => (double)Metrics.AdvanceOf(Metrics.GlyphOf(codePoint)) / Metrics.UnitsPerEm;

    public override string ToString() => Name;
}
