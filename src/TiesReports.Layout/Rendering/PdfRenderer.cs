using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// Lays a <see cref="LayoutDocument"/> out into pages, then writes them: each page's drawing (text, shapes, header and
/// footer with "page X of Y") as a content stream of our own with our own embedded fonts, and through PDFsharp the
/// document around it: pages, links, the outline and the metadata.
/// </summary>
public static class PdfRenderer
{
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
        var context = Layout(document);

        using var pdf = new PdfDocument();
        // PDFsharp writes plain streams; PdfStreamCompressor deflates them afterwards with native zlib.
        pdf.Options.CompressContentStreams = false;
        pdf.Options.NoCompression = true;
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.PageMode = PdfPageMode.UseOutlines;
        WriteMetadata(pdf, document.Metadata);

        var pages = new List<PdfPage>(context.Pages.Count);
        var fonts = new DocumentFonts(pdf);
        var writer = new PageContentWriter(fonts, document.Page.Height);
        foreach (var content in context.Pages)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(document.Page.Width);
            page.Height = XUnit.FromPoint(document.Page.Height);
            DrawPage(pdf, page, content, writer, document.Page.Height, document.Metadata.CreationDate);
            pages.Add(page);
        }

        fonts.Finish();
        WriteOutline(pdf, pages, context.Bookmarks, document.Page.Height);

        var stream = ScratchStreams.Take(ScratchStreams.Save);
        pdf.Save(stream, closeStream: false);
        var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        PdfStabilizer.StabilizeInPlace(bytes);
        var compressed = PdfStreamCompressor.Compress(bytes, CompressionLevel.Fastest);
        ScratchStreams.Return(ScratchStreams.Save, stream);
        return compressed;
    }

    /// <summary>
    /// Draws a page's operations, in order, into one content stream of our own (see <see cref="PageContentWriter"/>);
    /// links become annotations.
    /// </summary>
    private static void DrawPage(PdfDocument pdf, PdfPage page, PageContent content, PageContentWriter writer, double pageHeight, DateTime documentDate)
    {
        writer.Reset();
        foreach (var op in content.Ops)
        {
            if (op is LinkOp link)
            {
                AddLink(page, link, pageHeight, documentDate);
            }
            else
            {
                writer.Write(op);
            }
        }

        page.Contents.AppendContent().CreateStream(writer.ToArray());
        if (writer.FontsUsed.Count > 0)
        {
            var resources = new PdfDictionary(pdf);
            foreach (var font in writer.FontsUsed)
            {
                resources.Elements[font.ResourceName] = font.Reference;
            }

            page.Resources.Elements["/Font"] = resources;
        }
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

    private static void AddLink(PdfPage page, LinkOp link, double pageHeight, DateTime documentDate)
    {
        // Annotations use PDF space: origin bottom-left.
        var area = new PdfRectangle(new XPoint(link.X, pageHeight - link.Y - link.Height), new XPoint(link.X + link.Width, pageHeight - link.Y));
        var annotation = page.AddWebLink(area, link.Target.AbsoluteUri);
        annotation.Elements.SetValue("/Border", new PdfLiteral("[0 0 0]"));

        // PDFsharp stamps annotations with the clock; the document's own date keeps output reproducible.
        annotation.Elements.SetDateTime("/M", documentDate);
    }
}
