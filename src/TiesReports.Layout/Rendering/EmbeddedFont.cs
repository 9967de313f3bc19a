using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// One face as the document embeds it: a Type0 font over a CIDFontType2 (TrueType) or CIDFontType0 (CFF) subset
/// holding only the glyphs drawn. Every distinct (glyph, text) pair drawn gets a CID of its own, and the subset is
/// built so that CID is its glyph id (CIDToGIDMap /Identity; a CFF subset's charset maps CID n to glyph n): /W then
/// lists exactly the subset's advances, and ToUnicode maps each CID to its text.
/// A glyph two characters share (a compatibility ideograph and its unified twin) is embedded once per character, so
/// each reads back as itself; of a shaped cluster, the first glyph reads as the cluster's text and the others as nothing.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly PdfDocument _pdf;
    private readonly FontFace _face;
    private readonly PdfDictionary _type0;
    private readonly Dictionary<(ushort Glyph, int CodePoint), int> _characters = [];
    private readonly Dictionary<(ushort Glyph, string Text), int> _clusters = [];
    private readonly List<(ushort Glyph, int CodePoint, string? Text)> _byCid = [(0, 0, "")];

    public EmbeddedFont(PdfDocument pdf, FontFace face, string resourceName)
    {
        _pdf = pdf;
        _face = face;
        ResourceName = resourceName;
        _type0 = new PdfDictionary(pdf);
        pdf.Internals.AddObject(_type0);
    }

    /// <summary>The name pages use for it in their resources and content, with its slash ("/F1").</summary>
    public string ResourceName { get; }

    public PdfSharp.Pdf.Advanced.PdfReference Reference => _type0.Reference!;

    /// <summary>The CID drawing <paramref name="glyph"/> that reads back as the character <paramref name="codePoint"/>.</summary>
    public int CidOf(ushort glyph, int codePoint)
    {
        if (!_characters.TryGetValue((glyph, codePoint), out var cid))
        {
            cid = NextCid();
            _characters[(glyph, codePoint)] = cid;
            _byCid.Add((glyph, codePoint, null));
        }

        return cid;
    }

    /// <summary>The CID drawing a shaped glyph that reads back as <paramref name="text"/> (empty: as nothing).</summary>
    public int CidOf(ushort glyph, string text)
    {
        if (!_clusters.TryGetValue((glyph, text), out var cid))
        {
            cid = NextCid();
            _clusters[(glyph, text)] = cid;
            _byCid.Add((glyph, 0, text));
        }

        return cid;
    }

    /// <summary>
    /// The next free CID. Pages address a font's CIDs in two bytes (Identity-H), so a document may draw at most 65,535
    /// distinct characters in one face; past that it is refused rather than written wrong.
    /// </summary>
    private int NextCid() => _byCid.Count <= ushort.MaxValue
        ? _byCid.Count
        : throw new DocumentTooLargeException($"The document draws more than {ushort.MaxValue:N0} distinct characters in the font {_face.Name}; a PDF font holds no more.");

    /// <summary>Writes the subset, widths and maps; call once, after the last page.</summary>
    public void Finish()
    {
        // A six-letter subset tag; PdfStabilizer replaces it with one derived from the file.
        var name = "/AAAAAA+" + _face.Name;
        var glyphs = new ushort[_byCid.Count];
        for (var cid = 0; cid < glyphs.Length; cid++)
        {
            glyphs[cid] = _byCid[cid].Glyph;
        }

        // CFF outlines embed as a CIDFontType0C program whose charset maps CID n to glyph n; TrueType as CIDFontType2.
        var cff = _face.Cff;
        var program = cff is null
            ? _face.Read(font => TrueTypeSubsetter.SubsetGlyphs(font, glyphs, _face.Name))
            : _face.Read(font => CffSubsetWriter.SubsetGlyphs(font, cff, glyphs, Array.ConvertAll(glyphs, g => _face.Metrics.AdvanceOf(g)), _face.Name, _face.UnitsPerEm));
        var fontFile = Add(new PdfDictionary(_pdf));
        fontFile.CreateStream(program);
        if (cff is null)
        {
            fontFile.Elements.SetInteger("/Length1", program.Length);
        }
        else
        {
            fontFile.Elements.SetName("/Subtype", "/CIDFontType0C");
        }

        var toUnicode = Add(new PdfDictionary(_pdf));
        toUnicode.CreateStream(ToUnicodeMap());

        // The descriptor describes the face as it is (its box, slant and heights from head, post and OS/2), so
        // preflight and font tools see an italic as italic; glyph space is 1000 units to the em.
        var metrics = _face.Metrics;
        int Scaled(int units) => (int)Math.Round(units * 1000.0 / metrics.UnitsPerEm);
        var ascent = Scaled(metrics.Ascender);
        var descent = Scaled(metrics.Descender);
        var italic = metrics.ItalicAngle != 0;
        var descriptor = Add(new PdfDictionary(_pdf));
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", name);

        // Symbolic (4): the font's own glyphs by identity, not a standard Latin encoding; Italic (64).
        descriptor.Elements.SetInteger("/Flags", 4 | (italic ? 64 : 0));
        descriptor.Elements["/FontBBox"] = new PdfLiteral(FormattableString.Invariant($"[{Scaled(metrics.Box.XMin)} {Scaled(metrics.Box.YMin)} {Scaled(metrics.Box.XMax)} {Scaled(metrics.Box.YMax)}]"));
        descriptor.Elements["/ItalicAngle"] = new PdfLiteral(Math.Round(metrics.ItalicAngle, 2).ToString("0.##", CultureInfo.InvariantCulture));
        descriptor.Elements.SetInteger("/Ascent", ascent);
        descriptor.Elements.SetInteger("/Descent", descent);
        descriptor.Elements.SetInteger("/CapHeight", Scaled(metrics.CapHeight ?? metrics.Ascender));
        if (metrics.XHeight is { } xHeight)
        {
            descriptor.Elements.SetInteger("/XHeight", Scaled(xHeight));
        }

        descriptor.Elements.SetInteger("/StemV", 80);
        descriptor.Elements[cff is null ? "/FontFile2" : "/FontFile3"] = fontFile.Reference;

        var cidFont = Add(new PdfDictionary(_pdf));
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", cff is null ? "/CIDFontType2" : "/CIDFontType0");
        cidFont.Elements.SetName("/BaseFont", name);
        cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
        cidFont.Elements["/FontDescriptor"] = descriptor.Reference;
        cidFont.Elements["/W"] = new PdfLiteral(Widths());
        if (cff is null)
        {
            cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");
        }

        _type0.Elements.SetName("/Type", "/Font");
        _type0.Elements.SetName("/Subtype", "/Type0");
        _type0.Elements.SetName("/BaseFont", name);
        _type0.Elements.SetName("/Encoding", "/Identity-H");
        var descendants = new PdfArray(_pdf);
        descendants.Elements.Add(cidFont.Reference!);
        _type0.Elements["/DescendantFonts"] = descendants;
        _type0.Elements["/ToUnicode"] = toUnicode.Reference;
    }

    /// <summary>Advances of CIDs 1 to n, in thousandths of an em: those of the subset's glyphs, which are the face's.</summary>
    private string Widths()
    {
        var widths = new ContentStreamBuilder().Append("[1[");
        for (var cid = 1; cid < _byCid.Count; cid++)
        {
            widths.Integer((int)Math.Round(_face.AdvanceOfGlyph(_byCid[cid].Glyph) * 1000)).Append((byte)' ');
        }

        return Encoding.ASCII.GetString(widths.Append("]]"u8).Written);
    }

    private byte[] ToUnicodeMap()
    {
        var map = new ContentStreamBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"u8);
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"u8);
        map.Append("/CMapName /TiesReports-UCS def\n/CMapType 2 def\n"u8);
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8);
        for (var first = 1; first < _byCid.Count; first += 100)
        {
            var last = Math.Min(first + 100, _byCid.Count);
            map.Integer(last - first).Append(" beginbfchar\n"u8);
            for (var cid = first; cid < last; cid++)
            {
                map.Append((byte)'<').Hex4(cid).Append("> <"u8);
                var (_, codePoint, text) = _byCid[cid];
                if (text is null)
                {
                    AppendUtf16(map, codePoint);
                }
                else
                {
                    foreach (var c in text)
                    {
                        map.Hex4(c);
                    }
                }

                map.Append(">\n"u8);
            }

            map.Append("endbfchar\n"u8);
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8);
        return map.ToArray();
    }

    private static void AppendUtf16(ContentStreamBuilder map, int codePoint)
    {
        Span<char> units = stackalloc char[2];
        foreach (var unit in units[..new Rune(codePoint).EncodeToUtf16(units)])
        {
            map.Hex4(unit);
        }
    }

    private PdfDictionary Add(PdfDictionary dictionary)
    {
        _pdf.Internals.AddObject(dictionary);
        return dictionary;
    }
}
