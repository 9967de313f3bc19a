using System.Collections.Concurrent;
using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using TiesReports.Layout.Elements;
using TiesReports.Layout.Fonts;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// Lays a <see cref="LayoutDocument"/> out into pages, then draws them with PDFsharp: text, shapes, links,
/// header and footer with "page X of Y", the outline and the metadata.
/// </summary>
public static class PdfRenderer
{
    private static readonly ConcurrentDictionary<(string Face, double Size), XFont> Fonts = new();
    private static readonly XPdfFontOptions UnicodeEmbedded = new(PdfFontEncoding.Unicode);

    public static LayoutContext Layout(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new LayoutContext(document.Page);
        foreach (var block in document.Blocks)
        {
            block.Layout(context);
        }

        if (document.Decoration is not null)
        {
            for (var i = 0; i < context.Pages.Count; i++)
            {
                document.Decoration.Decorate(new PageDecorationContext(context.Pages[i], document.Page, i + 1, context.Pages.Count));
            }
        }

        return context;
    }

    public static byte[] Render(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = FontLibrary.Instance;
        var context = Layout(document);

        using var pdf = new PdfDocument();
        // PDFsharp writes plain streams; PdfStreamCompressor deflates them afterwards with native zlib.
        pdf.Options.CompressContentStreams = false;
        pdf.Options.NoCompression = true;
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.PageMode = PdfPageMode.UseOutlines;
        WriteMetadata(pdf, document.Metadata);

        var pages = new List<PdfPage>(context.Pages.Count);
        var shapedWriter = new ShapedTextWriter(pdf);
        foreach (var content in context.Pages)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(document.Page.Width);
            page.Height = XUnit.FromPoint(document.Page.Height);
            DrawPage(page, content, shapedWriter, document.Page.Height, document.Metadata.CreationDate);
            pages.Add(page);
        }

        shapedWriter.Finish();
        WriteOutline(pdf, pages, context.Bookmarks, document.Page.Height);

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        var bytes = stream.ToArray();
        PdfStabilizer.StabilizeInPlace(bytes);
        return PdfStreamCompressor.Compress(bytes, CompressionLevel.Fastest);
    }

    /// <summary>
    /// Draws a page's operations in order. Shaped text goes into content streams of its own between PDFsharp's, so
    /// the page keeps its drawing (and reading) order; a page without shaped text is one PDFsharp stream as ever.
    /// </summary>
    private static void DrawPage(PdfPage page, PageContent content, ShapedTextWriter shapedWriter, double pageHeight, DateTime documentDate)
    {
        XGraphics? gfx = null;
        var shaped = new System.Text.StringBuilder();
        var started = false;
        try
        {
            foreach (var op in content.Ops)
            {
                if (op is TextOp { Run.Shaped: not null } text)
                {
                    gfx?.Dispose();
                    gfx = null;
                    shapedWriter.Write(shaped, page, text, pageHeight);
                    continue;
                }

                if (shaped.Length > 0)
                {
                    AppendContent(page, shaped);
                }

                gfx ??= started ? XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append) : XGraphics.FromPdfPage(page);
                started = true;
                Draw(gfx, page, op, pageHeight, documentDate);
            }
        }
        finally
        {
            gfx?.Dispose();
        }

        if (shaped.Length > 0)
        {
            AppendContent(page, shaped);
        }
    }

    private static void AppendContent(PdfPage page, System.Text.StringBuilder operators)
    {
        page.Contents.AppendContent().CreateStream(System.Text.Encoding.ASCII.GetBytes(operators.ToString()));
        operators.Clear();
    }

    private static void WriteMetadata(PdfDocument pdf, DocumentMetadata metadata)
    {
        pdf.Info.Title = metadata.Title;
        pdf.Info.Subject = metadata.Subject;
        pdf.Info.Author = metadata.Author;
        pdf.Info.Keywords = metadata.Keywords;
        pdf.Info.Creator = "TiesReports";
        pdf.Info.CreationDate = metadata.CreationDate;
        pdf.Info.ModificationDate = metadata.CreationDate;
        pdf.Internals.Catalog.Elements.SetString("/Lang", metadata.Language);
        pdf.ViewerPreferences.DisplayDocTitle = true;
    }

    private static void WriteOutline(PdfDocument pdf, List<PdfPage> pages, IReadOnlyList<Bookmark> bookmarks, double pageHeight)
    {
        PdfOutline? parent = null;
        foreach (var bookmark in bookmarks)
        {
            var page = pages[bookmark.PageIndex];
            var collection = bookmark.Level > 0 && parent is not null ? parent.Outlines : pdf.Outlines;
            var outline = collection.Add(bookmark.Title, page, opened: true);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Top = Math.Max(0, bookmark.Y - 12);
            if (bookmark.Level == 0)
            {
                parent = outline;
            }
        }
    }

    private static void Draw(XGraphics gfx, PdfPage page, DrawOp op, double pageHeight, DateTime documentDate)
    {
        switch (op)
        {
            case TextOp text:
                var font = Fonts.GetOrAdd((text.Run.Face.Name, text.Run.Style.Size), key => new XFont(key.Face, key.Size, XFontStyleEx.Regular, UnicodeEmbedded));
                gfx.DrawString(text.Run.Text, font, Brush(text.Run.Style.Color), text.X, text.Baseline, XStringFormats.BaseLineLeft);

                break;
            case RectOp rect:
                var pen = rect.Stroke is { } stroke ? new XPen(ToXColor(stroke), rect.StrokeWidth) : null;
                var brush = rect.Fill is { } fill ? Brush(fill) : null;
                if (pen is not null && brush is not null)
                {
                    gfx.DrawRectangle(pen, brush, rect.X, rect.Y, rect.Width, rect.Height);
                }
                else if (brush is not null)
                {
                    gfx.DrawRectangle(brush, rect.X, rect.Y, rect.Width, rect.Height);
                }
                else if (pen is not null)
                {
                    gfx.DrawRectangle(pen, rect.X, rect.Y, rect.Width, rect.Height);
                }

                break;
            case LineOp line:
                var linePen = new XPen(ToXColor(line.Color), line.Width);
                if (line.Dashed)
                {
                    linePen.DashStyle = XDashStyle.Dash;
                }

                gfx.DrawLine(linePen, line.X1, line.Y1, line.X2, line.Y2);
                break;
            case PolylineOp polyline:
                gfx.DrawLines(new XPen(ToXColor(polyline.Color), polyline.Width) { LineJoin = XLineJoin.Round }, polyline.Points.Select(p => new XPoint(p.X, p.Y)).ToArray());
                break;
            case CircleOp circle:
                gfx.DrawEllipse(Brush(circle.Fill), circle.X - circle.Radius, circle.Y - circle.Radius, circle.Radius * 2, circle.Radius * 2);
                break;
            case LinkOp link:
                // Annotations use PDF space: origin bottom-left.
                var area = new PdfRectangle(new XPoint(link.X, pageHeight - link.Y - link.Height), new XPoint(link.X + link.Width, pageHeight - link.Y));
                var annotation = page.AddWebLink(area, link.Target.AbsoluteUri);
                annotation.Elements.SetValue("/Border", new PdfLiteral("[0 0 0]"));

                // PDFsharp stamps annotations with the clock; the document's own date keeps output reproducible.
                annotation.Elements.SetDateTime("/M", documentDate);
                break;
            default:
                throw new NotSupportedException($"Unknown drawing operation {op.GetType().Name}.");
        }
    }

    private static XSolidBrush Brush(Color color) => new(ToXColor(color));

    private static XColor ToXColor(Color color) => XColor.FromArgb(color.R, color.G, color.B);
}
