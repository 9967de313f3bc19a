using System.Globalization;
using PdfSharp.Pdf;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Rendering;

/// <summary>The fonts a document embeds: one per font program drawn, named /F1, /F2, … in order of first use.</summary>
internal sealed class DocumentFonts(PdfDocument pdf)
{
    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = [];

    public EmbeddedFont For(FontFace program)
    {
        if (!_fonts.TryGetValue(program, out var font))
        {
            font = new EmbeddedFont(pdf, program, "/F" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture));
            _fonts[program] = font;
        }

        return font;
    }

    /// <summary>Writes every font's subset and maps; call once, after the last page.</summary>
    public void Finish()
    {
        foreach (var font in _fonts.Values)
        {
            font.Finish();
        }
    }
}
