namespace TiesReports.Layout.Fonts;

/// <summary>
/// One shipped TrueType or OpenType (CFF) face, or a view of one restricted to a set of characters: its name, its program and its
/// metrics. Metrics are read on first use, so a document without Chinese never parses the large CJK font.
/// </summary>
public sealed class FontFace
{
    private readonly string? _path;
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<TrueTypeMetrics> _metrics;
    private readonly Lazy<CffFont?> _cff;
    private readonly FontFace? _source;
    private readonly Lazy<CharacterSet>? _only;
    private readonly Lazy<MappedFont>? _mapped;
    private TrueTypeMetrics? _loaded;
    private CharacterSet? _onlyLoaded;

    /// <summary>A face generated in memory (a WOFF font decoded).</summary>
    internal FontFace(string name, Func<byte[]> load)
    {
        Name = name;
        _bytes = new Lazy<byte[]>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        _metrics = new Lazy<TrueTypeMetrics>(() => TrueTypeMetrics.Read(_bytes.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        _cff = new Lazy<CffFont?>(() => CffFont.TryRead(_bytes.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// A face in a font file. Metrics and subsets are read through a memory map, so a large font is not copied onto
    /// the heap unless HarfBuzz needs it whole.
    /// </summary>
    internal FontFace(string name, string path)
    {
        Name = name;
        _path = path;
        _mapped = new Lazy<MappedFont>(() => new MappedFont(path), LazyThreadSafetyMode.ExecutionAndPublication);
        _bytes = new Lazy<byte[]>(() => File.ReadAllBytes(path), LazyThreadSafetyMode.ExecutionAndPublication);
        _metrics = new Lazy<TrueTypeMetrics>(() => Read(font => TrueTypeMetrics.Read(font)), LazyThreadSafetyMode.ExecutionAndPublication);
        _cff = new Lazy<CffFont?>(() => Read(font => CffFont.TryRead(font)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// <paramref name="source"/> restricted to <paramref name="codePoints"/>: it has a glyph only for those characters,
    /// so a fallback chain can try the common characters of one face before the whole of another. It draws from
    /// the source's program, by the source's glyph ids.
    /// </summary>
    private FontFace(string name, FontFace source, Func<IReadOnlyList<int>> codePoints)
    {
        Name = name;
        _source = source;
        _bytes = source._bytes;
        _metrics = source._metrics;
        _cff = source._cff;
        _only = new Lazy<CharacterSet>(() => new CharacterSet(codePoints()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal delegate T FontReader<out T>(ReadOnlySpan<byte> font);

    /// <summary>
    /// A face from a shipped file: TrueType or OpenType as it is, WOFF 1 decoded into memory on first use. Nothing is read here.
    /// </summary>
    internal static FontFace FromFile(string name, string path) =>
        path.EndsWith(".woff", StringComparison.OrdinalIgnoreCase)
            ? new FontFace(name, () => WoffDecoder.Decode(File.ReadAllBytes(path)))
            : new FontFace(name, path);

    /// <summary>This face restricted to <paramref name="codePoints"/> (read on first use), named <paramref name="name"/>.</summary>
    internal FontFace Only(string name, Func<IReadOnlyList<int>> codePoints) => new(name, this, codePoints);

    /// <summary>
    /// Marks a face whose script needs shaping (joining, reordering, marks): its text is shaped by
    /// <see cref="Text.TextShaper"/> and drawn by glyph id.
    /// </summary>
    internal FontFace ShapedByHarfBuzz()
    {
        NeedsShaping = true;
        return this;
    }

    /// <summary>Whether text in this face is shaped (see <see cref="ShapedByHarfBuzz"/>).</summary>
    public bool NeedsShaping { get; private set; }

    /// <summary>The face whose program draws this one's glyphs: itself, or the face it is a view of.</summary>
    internal FontFace Program => _source ?? this;

    /// <summary>Glyph id of a character in <see cref="Program"/> (0 when this face has none).</summary>
    internal ushort GlyphOf(int codePoint) => Restriction is { } only && !only.Contains(codePoint) ? (ushort)0 : Metrics.GlyphOf(codePoint);

    /// <summary>Advance of a glyph, per point of font size.</summary>
    internal double AdvanceOfGlyph(ushort glyph) => (double)Metrics.AdvanceOf(glyph) / Metrics.UnitsPerEm;

    internal int UnitsPerEm => Metrics.UnitsPerEm;

    /// <summary>The face name, as the PDF's font names show it.</summary>
    public string Name { get; }

    /// <summary>The font program, kept in memory (HarfBuzz shapes from it).</summary>
    internal byte[] Bytes => _bytes.Value;

    /// <summary>Reads the font program: mapped from its file (see <see cref="MappedFont"/>), or the bytes in memory.</summary>
    internal unsafe T Read<T>(FontReader<T> reader)
    {
        if (_source is not null)
        {
            return _source.Read(reader);
        }

        if (_path is null || _bytes.IsValueCreated)
        {
            return reader(_bytes.Value);
        }

        var mapped = _mapped!.Value;
        return reader(new ReadOnlySpan<byte>(mapped.Pointer, mapped.Length));
    }

    /// <summary>The face's CFF outlines (an OpenType 'OTTO' font), or null for TrueType outlines.</summary>
    internal CffFont? Cff => _cff.Value;

    // Read on every measured character: after the first load, skip the Lazy.
    internal TrueTypeMetrics Metrics => _loaded ??= _metrics.Value;

    private CharacterSet? Restriction => _only is null ? null : _onlyLoaded ??= _only.Value;

    /// <summary>Distance from baseline to the top of the line, per point of font size.</summary>
    public double Ascent => (double)Metrics.Ascender / Metrics.UnitsPerEm;

    /// <summary>Distance from baseline to the bottom of the line (positive), per point of font size.</summary>
    public double Descent => -(double)Metrics.Descender / Metrics.UnitsPerEm;

    public double LineGap => (double)Metrics.LineGap / Metrics.UnitsPerEm;

    public bool HasGlyph(int codePoint) => GlyphOf(codePoint) != 0;

    /// <summary>Advance of a character, per point of font size.</summary>
    public double AdvanceOf(int codePoint) => (double)Metrics.AdvanceOf(GlyphOf(codePoint)) / Metrics.UnitsPerEm;

    public override string ToString() => Name;

    /// <summary>
    /// A font file mapped read-only for the life of the process: every document subsets from it, and mapping it anew
    /// each time cost a file open and a map and unmap per face per document. Only the pages read become resident.
    /// </summary>
    private sealed unsafe class MappedFont
    {
        // Kept referenced so that their handles are never finalized while the pointer is in use.
        private readonly System.IO.MemoryMappedFiles.MemoryMappedFile _file;
        private readonly System.IO.MemoryMappedFiles.MemoryMappedViewAccessor _view;

        public MappedFont(string path)
        {
            _file = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
            _view = _file.CreateViewAccessor(0, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Pointer = pointer + _view.PointerOffset;
            Length = checked((int)new FileInfo(path).Length);
        }

        public byte* Pointer { get; }

        public int Length { get; }
    }

    /// <summary>A set of code points: a bit per BMP character, a hash set beyond.</summary>
    private sealed class CharacterSet
    {
        private readonly System.Collections.BitArray _bmp = new(65536);
        private readonly HashSet<int> _astral = [];

        public CharacterSet(IReadOnlyList<int> codePoints)
        {
            foreach (var cp in codePoints)
            {
                if (cp < 65536)
                {
                    _bmp[cp] = true;
                }
                else
                {
                    _astral.Add(cp);
                }
            }
        }

        public bool Contains(int codePoint) => codePoint < 65536 ? _bmp[codePoint] : _astral.Contains(codePoint);
    }
}
