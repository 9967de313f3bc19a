using TiesReports.Layout.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// Writes a page's drawing operations as one PDF content stream: text by glyph id in the document's own fonts,
/// rectangles, lines, polylines and circles as path operators. Layout works from the top-left corner; PDF space
/// starts bottom-left, so every y is turned over here. Colours, widths and fonts are set only when they change.
/// One writer serves every page of a document, reusing its buffer.
/// </summary>
internal sealed class PageContentWriter(DocumentFonts fonts, double pageHeight)
{
    private const double Kappa = 0.5522847498;

    private readonly ContentStreamBuilder _content = new();
    private readonly List<EmbeddedFont> _used = [];
    private Color? _fill;
    private Color? _stroke;
    private double _lineWidth = 1;
    private bool _dashed;
    private bool _roundJoin;
    private EmbeddedFont? _font;
    private double _fontSize;

    // Consecutive runs share one text object, each placed by a Td move from the last (in whole thousandths of a
    // point, so the moves add up exactly): a run costs its glyphs and a short move instead of BT, an absolute
    // position and ET; table-heavy pages draw thousands of runs.
    private bool _inText;
    private long _lineX;
    private long _lineY;

    /// <summary>The fonts the page draws with, each once, for its resources.</summary>
    public IReadOnlyList<EmbeddedFont> FontsUsed => _used;

    /// <summary>Starts a new page: an empty stream, and the graphics state every page starts with.</summary>
    public void Reset()
    {
        _content.Clear();
        _used.Clear();
        _fill = _stroke = null;
        _lineWidth = 1;
        _dashed = _roundJoin = false;
        _font = null;
        _fontSize = 0;
        _inText = false;
    }

    public byte[] ToArray()
    {
        EndText();
        return _content.ToArray();
    }

    public void Write(DrawOp op)
    {
        switch (op)
        {
            case TextOp { Run.Shaped: { } shaped } text:
                WriteShaped(text, shaped);
                break;
            case TextOp text:
                WriteText(text);
                break;
            case RectOp rect:
                EndText();
                WriteRect(rect);
                break;
            case LineOp line:
                EndText();
                Stroke(line.Color, line.Width, line.Dashed, roundJoin: false);
                _content.Number(line.X1).Number(pageHeight - line.Y1).Append("m "u8)
                    .Number(line.X2).Number(pageHeight - line.Y2).Append("l S\n"u8);
                break;
            case PolylineOp polyline when polyline.Points.Count > 1:
                EndText();
                Stroke(polyline.Color, polyline.Width, dashed: false, roundJoin: true);
                for (var i = 0; i < polyline.Points.Count; i++)
                {
                    var (x, y) = polyline.Points[i];
                    _content.Number(x).Number(pageHeight - y).Append(i == 0 ? "m "u8 : "l "u8);
                }

                _content.Append("S\n"u8);
                break;
            case PolylineOp:
                break;
            case CircleOp circle:
                EndText();
                WriteCircle(circle);
                break;
            default:
                throw new NotSupportedException($"Unknown drawing operation {op.GetType().Name}.");
        }
    }

    /// <summary>A run of characters, one glyph each: its glyphs' advances are the widths layout measured.</summary>
    private void WriteText(TextOp op)
    {
        var run = op.Run;
        var face = run.Face;
        var font = UseFont(fonts.For(face.Program), run.Style.Size);
        Fill(run.Style.Color);
        MoveTo(op.X, pageHeight - op.Baseline);
        _content.Append((byte)'<');
        foreach (var rune in run.Text.EnumerateRunes())
        {
            _content.Hex4(font.CidOf(face.GlyphOf(rune.Value), rune.Value));
        }

        _content.Append("> Tj\n"u8);
    }

    /// <summary>Shaped glyphs in reading order, each placed where it shows (right to left, marks on their base).</summary>
    private void WriteShaped(TextOp op, ShapedText shaped)
    {
        var run = op.Run;
        var size = run.Style.Size;
        var font = UseFont(fonts.For(run.Face.Program), size);
        Fill(run.Style.Color);
        BeginText();
        foreach (var (glyph, x) in shaped.Glyphs)
        {
            var cid = font.CidOf(glyph.Glyph, glyph.Text);
            MoveTo(op.X + (x + glyph.XOffset) * size, pageHeight - op.Baseline + glyph.YOffset * size);
            _content.Append((byte)'<').Hex4(cid).Append("> Tj\n"u8);
        }
    }

    private void BeginText()
    {
        if (!_inText)
        {
            _content.Append("BT\n"u8);
            _inText = true;
            _lineX = _lineY = 0;
        }
    }

    private void EndText()
    {
        if (_inText)
        {
            _content.Append("ET\n"u8);
            _inText = false;
        }
    }

    /// <summary>Starts a new line of text at (x, y) in PDF space, relative to where the last one started.</summary>
    private void MoveTo(double x, double y)
    {
        BeginText();
        var (tx, ty) = ((long)Math.Round(x * 1000), (long)Math.Round(y * 1000));
        _content.Number((tx - _lineX) / 1000.0).Number((ty - _lineY) / 1000.0).Append("Td "u8);
        (_lineX, _lineY) = (tx, ty);
    }

    private void WriteRect(RectOp rect)
    {
        if (rect.Fill is null && rect.Stroke is null)
        {
            return;
        }

        if (rect.Fill is { } fill)
        {
            Fill(fill);
        }

        if (rect.Stroke is { } stroke)
        {
            Stroke(stroke, rect.StrokeWidth, dashed: false, _roundJoin);
        }

        _content.Number(rect.X).Number(pageHeight - rect.Y - rect.Height).Number(rect.Width).Number(rect.Height)
            .Append(rect.Fill is null ? "re S\n"u8 : rect.Stroke is null ? "re f\n"u8 : "re B\n"u8);
    }

    /// <summary>A filled circle as four Bézier quarters.</summary>
    private void WriteCircle(CircleOp circle)
    {
        Fill(circle.Fill);
        var (cx, cy, r) = (circle.X, pageHeight - circle.Y, circle.Radius);
        var k = r * Kappa;
        _content.Number(cx + r).Number(cy).Append("m "u8)
            .Number(cx + r).Number(cy + k).Number(cx + k).Number(cy + r).Number(cx).Number(cy + r).Append("c "u8)
            .Number(cx - k).Number(cy + r).Number(cx - r).Number(cy + k).Number(cx - r).Number(cy).Append("c "u8)
            .Number(cx - r).Number(cy - k).Number(cx - k).Number(cy - r).Number(cx).Number(cy - r).Append("c "u8)
            .Number(cx + k).Number(cy - r).Number(cx + r).Number(cy - k).Number(cx + r).Number(cy).Append("c f\n"u8);
    }

    private EmbeddedFont UseFont(EmbeddedFont font, double size)
    {
        if (font != _font || size != _fontSize)
        {
            _content.Append(font.ResourceName).Append((byte)' ').Number(size).Append("Tf\n"u8);
            _font = font;
            _fontSize = size;
            if (!_used.Contains(font))
            {
                _used.Add(font);
            }
        }

        return font;
    }

    private void Fill(Color color)
    {
        if (_fill != color)
        {
            Rgb(color).Append("rg\n"u8);
            _fill = color;
        }
    }

    private void Stroke(Color color, double width, bool dashed, bool roundJoin)
    {
        if (_stroke != color)
        {
            Rgb(color).Append("RG\n"u8);
            _stroke = color;
        }

        // A dash of three line widths and a gap of one, as PDFsharp's XDashStyle.Dash drew the chart's grid.
        if (width != _lineWidth || dashed != _dashed)
        {
            _content.Number(width).Append("w "u8);
            _content.Append((byte)'[');
            if (dashed)
            {
                _content.Number(3 * width).Number(width);
            }

            _content.Append("] 0 d\n"u8);
            _lineWidth = width;
            _dashed = dashed;
        }

        if (roundJoin != _roundJoin)
        {
            _content.Append(roundJoin ? "1 j\n"u8 : "0 j\n"u8);
            _roundJoin = roundJoin;
        }
    }

    private ContentStreamBuilder Rgb(Color color) =>
        _content.Number(color.R / 255.0).Number(color.G / 255.0).Number(color.B / 255.0);
}
