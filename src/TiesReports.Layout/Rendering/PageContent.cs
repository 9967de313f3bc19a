namespace TiesReports.Layout.Rendering;

/// <summary>The recorded drawing of one page.</summary>
public sealed class PageContent
{
    public List<DrawOp> Ops { get; } = [];
}
