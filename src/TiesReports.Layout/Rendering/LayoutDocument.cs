using TiesReports.Layout.Elements;

namespace TiesReports.Layout.Rendering;

/// <summary>A document to render: metadata, page setup, what decorates each page, and the flow of blocks.</summary>
public sealed record LayoutDocument(DocumentMetadata Metadata, PageSetup Page, IPageDecoration? Decoration, IReadOnlyList<Block> Blocks);
