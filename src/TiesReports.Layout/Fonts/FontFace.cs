namespace TiesReports.Layout.Fonts;

/// <summary>
/// One shipped TrueType face: its name for PDFsharp, its bytes and its metrics. Metrics are read on first use,
/// so a document without Chinese never parses the large CJK font.
/// </summary>
public sealed class FontFace
{
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<TrueTypeMetrics> _metrics;
    private TrueTypeMetrics? _loaded;

    internal FontFace(string name, Func<byte[]> load)
    {
        Name = name;
        _bytes = new Lazy<byte[]>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        _metrics = new Lazy<TrueTypeMetrics>(() => TrueTypeMetrics.Read(_bytes.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The face name PDFsharp resolves through <see cref="FontLibrary"/>.</summary>
    public string Name { get; }

    internal byte[] Bytes => _bytes.Value;

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
