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

    /// <summary>Size of the blocks a large face is cut into (see <see cref="CutInBlocks"/>).</summary>
    internal const int BlockSize = 256;

    private System.Collections.Concurrent.ConcurrentDictionary<int, FontFace>? _blocks;

    /// <summary>
    /// A face from a shipped file: TrueType as it is, WOFF 1 decoded into memory on first use. Nothing is read here.
    /// </summary>
    internal static FontFace FromFile(string name, string path) =>
        path.EndsWith(".woff", StringComparison.OrdinalIgnoreCase)
            ? new FontFace(name, () => WoffDecoder.Decode(File.ReadAllBytes(path)))
            : new FontFace(name, path);

    /// <summary>
    /// Draws this (large) face through cuts of <see cref="BlockSize"/> characters made on first use: PDFsharp keeps
    /// the metrics of every glyph of an embedded face, so a whole CJK face would add about 250 KB to each PDF
    /// while a block adds a few KB. Cuts are kept for the life of the process.
    /// </summary>
    internal FontFace CutInBlocks()
    {
        _blocks = new();
        return this;
    }

    internal bool IsCutInBlocks => _blocks is not null;

    /// <summary>
    /// Marks a face whose script needs shaping (joining, reordering, marks): its text is shaped by
    /// <see cref="Text.TextShaper"/> and drawn from the whole face by glyph id, never through cuts.
    /// </summary>
    internal FontFace ShapedByHarfBuzz()
    {
        NeedsShaping = true;
        return this;
    }

    /// <summary>Whether text in this face is shaped (see <see cref="ShapedByHarfBuzz"/>).</summary>
    public bool NeedsShaping { get; private set; }

    /// <summary>Glyph id of a character (0 when the face has none).</summary>
    internal ushort GlyphOf(int codePoint) => Metrics.GlyphOf(codePoint);

    /// <summary>Advance of a glyph, per point of font size.</summary>
    internal double AdvanceOfGlyph(ushort glyph) => (double)Metrics.AdvanceOf(glyph) / Metrics.UnitsPerEm;

    internal int UnitsPerEm => Metrics.UnitsPerEm;

    /// <summary>The face that draws <paramref name="codePoint"/>: this one, or the cut of its block.</summary>
    public FontFace DrawingFaceFor(int codePoint) => _blocks is null || NeedsShaping ? this : Block(codePoint / BlockSize);

    /// <summary>The cut named <paramref name="name"/> of this face, if it is one.</summary>
    internal FontFace? FindCut(string name)
    {
        var prefix = Name + "-U";
        return _blocks is not null && name.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(prefix.Length), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var block)
            ? Block(block)
            : null;
    }

    private FontFace Block(int block) => _blocks!.GetOrAdd(block, b =>
    {
        var name = FormattableString.Invariant($"{Name}-U{b:X4}");
        return new FontFace(name, () => Read(font => TrueTypeSubsetter.Subset(font, Enumerable.Range(b * BlockSize, BlockSize), name, Metrics)));
    });

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
