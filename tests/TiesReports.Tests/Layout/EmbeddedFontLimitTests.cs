using PdfSharp.Pdf;
using TiesReports.Layout.Fonts;
using TiesReports.Layout.Rendering;

namespace TiesReports.Tests.Layout;

/// <summary>Pages address a font's characters by two-byte CIDs: a face holds at most 65,535 distinct characters per document.</summary>
public sealed class EmbeddedFontLimitTests
{
    [Fact]
    public void Font_DrawingMoreThan65535DistinctCharacters_RefusesTheDocument_InsteadOfWritingBadCids()
    {
        using var pdf = new PdfDocument();
        var font = new EmbeddedFont(pdf, FontLibrary.Instance.SansRegular, "/F1");

        var last = 0;
        for (var codePoint = 1; codePoint <= ushort.MaxValue; codePoint++)
        {
            last = font.CidOf((ushort)(codePoint % 200), codePoint);
        }

        Assert.Equal(ushort.MaxValue, last);
        var error = Assert.Throws<DocumentTooLargeException>(() => font.CidOf(1, ushort.MaxValue + 1));
        Assert.Contains("65,535", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, font.CidOf(1, 1));
    }
}
