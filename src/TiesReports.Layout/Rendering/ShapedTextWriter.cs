using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using TiesReports.Layout.Fonts;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// Draws shaped text (joined Arabic, Devanagari conjuncts, Thai marks) by glyph id, which PDFsharp cannot: its font
/// maps are keyed by character, one glyph each. Each shaped face becomes a Type0 font over a CIDFontType2 subset of
/// the glyphs used. Every distinct (glyph, text) pair gets a CID of its own, mapped to its glyph by CIDToGIDMap and to
/// its text by ToUnicode, so the first glyph of a cluster reads back as the cluster's text and the page's text is
/// extracted in reading order (glyphs are written in that order, each placed where it shows).
/// </summary>
internal sealed class ShapedTextWriter(PdfDocument pdf)
{
    private readonly Dictionary<FontFace, ShapedFont> _fonts = [];

    /// <summary>Content-stream operators drawing <paramref name="op"/>, in PDF space (origin bottom-left).</summary>
    public void Write(StringBuilder content, PdfPage page, TextOp op, double pageHeight)
    {
        var run = op.Run;
        var shaped = run.Shaped ?? throw new ArgumentException("The run is not shaped.", nameof(op));
        if (!_fonts.TryGetValue(run.Face, out var font))
        {
            font = new ShapedFont(pdf, run.Face, "/TRShaped" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture));
            _fonts[run.Face] = font;
        }

        var resources = page.Resources.Elements.GetDictionary("/Font");
        if (resources is null)
        {
            resources = new PdfDictionary(pdf);
            page.Resources.Elements["/Font"] = resources;
        }

        resources.Elements[font.ResourceName] = font.Reference;

        var size = run.Style.Size;
        var color = run.Style.Color;
        content.Append(CultureInfo.InvariantCulture, $"q BT {font.ResourceName} {Number(size)} Tf {Number(color.R / 255.0)} {Number(color.G / 255.0)} {Number(color.B / 255.0)} rg\n");
        foreach (var (glyph, x) in shaped.Glyphs)
        {
            var cid = font.CidOf(glyph);
            var left = op.X + (x + glyph.XOffset) * size;
            var baseline = pageHeight - op.Baseline + glyph.YOffset * size;
            content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {Number(left)} {Number(baseline)} Tm <{cid:X4}> Tj\n");
        }

        content.Append("ET Q\n");
    }

    /// <summary>Writes the subset, widths and maps of every shaped font; call once, after the last page.</summary>
    public void Finish()
    {
        foreach (var font in _fonts.Values)
        {
            font.Finish();
        }
    }

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>One shaped face in the document: its PDF objects and the CIDs given out so far.</summary>
    private sealed class ShapedFont
    {
        private readonly PdfDocument _pdf;
        private readonly FontFace _face;
        private readonly PdfDictionary _type0;
        private readonly PdfDictionary _cidFont;
        private readonly PdfDictionary _descriptor;
        private readonly Dictionary<(ushort Glyph, string Text), int> _cids = [];
        private readonly List<(ushort Glyph, string Text)> _byCid = [(0, "")];

        public ShapedFont(PdfDocument pdf, FontFace face, string resourceName)
        {
            _pdf = pdf;
            _face = face;
            ResourceName = resourceName;
            _descriptor = Add(new PdfDictionary(pdf));
            _cidFont = Add(new PdfDictionary(pdf));
            _type0 = Add(new PdfDictionary(pdf));
        }

        public string ResourceName { get; }

        public PdfSharp.Pdf.Advanced.PdfReference Reference => _type0.Reference!;

        public int CidOf(ShapedGlyph glyph)
        {
            var key = (glyph.Glyph, glyph.Text);
            if (!_cids.TryGetValue(key, out var cid))
            {
                cid = _byCid.Count;
                _cids[key] = cid;
                _byCid.Add(key);
            }

            return cid;
        }

        public void Finish()
        {
            // A six-letter subset tag; PdfStabilizer replaces it with one derived from the file.
            var name = "AAAAAA+" + _face.Name;
            var (program, newIds) = _face.Read(font => TrueTypeSubsetter.SubsetGlyphs(font, _byCid.Select(g => (int)g.Glyph), _face.Name));

            var fontFile = Add(new PdfDictionary(_pdf));
            fontFile.CreateStream(program);
            fontFile.Elements.SetInteger("/Length1", program.Length);

            var cidToGid = Add(new PdfDictionary(_pdf));
            var map = new byte[_byCid.Count * 2];
            for (var cid = 0; cid < _byCid.Count; cid++)
            {
                var gid = newIds.TryGetValue(_byCid[cid].Glyph, out var id) ? id : 0;
                map[cid * 2] = (byte)(gid >> 8);
                map[cid * 2 + 1] = (byte)gid;
            }

            cidToGid.CreateStream(map);

            var toUnicode = Add(new PdfDictionary(_pdf));
            toUnicode.CreateStream(Encoding.ASCII.GetBytes(ToUnicodeMap()));

            var ascent = (int)Math.Round(_face.Ascent * 1000);
            var descent = (int)Math.Round(-_face.Descent * 1000);
            _descriptor.Elements.SetName("/Type", "/FontDescriptor");
            _descriptor.Elements.SetName("/FontName", "/" + name);
            _descriptor.Elements.SetInteger("/Flags", 4);
            _descriptor.Elements["/FontBBox"] = new PdfLiteral(FormattableString.Invariant($"[-1000 {descent} 2000 {ascent}]"));
            _descriptor.Elements.SetInteger("/ItalicAngle", 0);
            _descriptor.Elements.SetInteger("/Ascent", ascent);
            _descriptor.Elements.SetInteger("/Descent", descent);
            _descriptor.Elements.SetInteger("/CapHeight", ascent);
            _descriptor.Elements.SetInteger("/StemV", 80);
            _descriptor.Elements["/FontFile2"] = fontFile.Reference;

            _cidFont.Elements.SetName("/Type", "/Font");
            _cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
            _cidFont.Elements.SetName("/BaseFont", "/" + name);
            _cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
            _cidFont.Elements["/FontDescriptor"] = _descriptor.Reference;
            _cidFont.Elements["/W"] = new PdfLiteral(Widths());
            _cidFont.Elements["/CIDToGIDMap"] = cidToGid.Reference;

            _type0.Elements.SetName("/Type", "/Font");
            _type0.Elements.SetName("/Subtype", "/Type0");
            _type0.Elements.SetName("/BaseFont", "/" + name);
            _type0.Elements.SetName("/Encoding", "/Identity-H");
            var descendants = new PdfArray(_pdf);
            descendants.Elements.Add(_cidFont.Reference!);
            _type0.Elements["/DescendantFonts"] = descendants;
            _type0.Elements["/ToUnicode"] = toUnicode.Reference;
        }

        private string Widths()
        {
            var widths = new StringBuilder("[1[");
            for (var cid = 1; cid < _byCid.Count; cid++)
            {
                widths.Append(CultureInfo.InvariantCulture, $"{(int)Math.Round(_face.AdvanceOfGlyph(_byCid[cid].Glyph) * 1000)} ");
            }

            return widths.Append("]]").ToString();
        }

        /// <summary>Each CID to its text; the other glyphs of a cluster map to nothing, so its text is read once.</summary>
        private string ToUnicodeMap()
        {
            var map = new StringBuilder();
            map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
            map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
            map.Append("/CMapName /TiesReports-Shaped-UCS def\n/CMapType 2 def\n");
            map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            var entries = Enumerable.Range(1, _byCid.Count - 1).ToArray();
            foreach (var chunk in entries.Chunk(100))
            {
                map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
                foreach (var cid in chunk)
                {
                    var utf16 = string.Concat(_byCid[cid].Text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
                    map.Append(CultureInfo.InvariantCulture, $"<{cid:X4}> <{utf16}>\n");
                }

                map.Append("endbfchar\n");
            }

            map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return map.ToString();
        }

        private PdfDictionary Add(PdfDictionary dictionary)
        {
            _pdf.Internals.AddObject(dictionary);
            return dictionary;
        }
    }
}
