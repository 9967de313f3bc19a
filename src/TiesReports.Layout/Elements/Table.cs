using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

/// <summary>
/// A table that splits across pages between rows (and inside a row taller than a page), repeating its
/// header row at the top of every page it continues on.
/// </summary>
public sealed class Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextSpan>>> rows, TableStyle style) : Block
{
    public double SpaceAfter { get; init; } = 8;

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pad = style.Padding;
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => context.Width * c.Weight / total).ToArray();
        var offsets = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++)
        {
            offsets[i] = offsets[i - 1] + widths[i - 1];
        }

        var header = columns.Select((c, i) => TextLayout.Break(c.Header, style.Header, widths[i] - 2 * pad)).ToArray();
        var headerHeight = header.Max(h => h.Sum(l => l.Height)) + 2 * pad;
        var firstRowHeight = rows.Count == 0 ? 0 : RowLines(rows[0], widths, pad).Max(c => c.Count == 0 ? 0 : c[0].Height) + 2 * pad;

        context.EnsureSpace(headerHeight + firstRowHeight);
        DrawHeader(context, header, widths, offsets, headerHeight);

        for (var r = 0; r < rows.Count; r++)
        {
            var cells = RowLines(rows[r], widths, pad);
            var next = new int[cells.Length];
            var stripe = r % 2 == 1;
            var rowHeight = cells.Max(c => c.Sum(l => l.Height)) + 2 * pad;

            // Rows that fit on a page move whole to the next page rather than splitting.
            if (rowHeight > context.Remaining && rowHeight <= context.Setup.ContentBottom - context.Setup.MarginTop - headerHeight)
            {
                context.NewPage();
                DrawHeader(context, header, widths, offsets, headerHeight);
            }

            while (true)
            {
                var available = context.Remaining - 2 * pad;
                var slice = new List<TextLine>[cells.Length];
                double sliceHeight = 0;
                for (var c = 0; c < cells.Length; c++)
                {
                    slice[c] = [];
                    double used = 0;
                    while (next[c] < cells[c].Count && used + cells[c][next[c]].Height <= available)
                    {
                        used += cells[c][next[c]].Height;
                        slice[c].Add(cells[c][next[c]++]);
                    }

                    sliceHeight = Math.Max(sliceHeight, used);
                }

                if (sliceHeight == 0 && context.Remaining < context.Setup.ContentBottom - context.Setup.MarginTop - headerHeight)
                {
                    // Nothing fits below what is already on this page: continue on the next.
                    context.NewPage();
                    DrawHeader(context, header, widths, offsets, headerHeight);
                    continue;
                }

                if (sliceHeight == 0)
                {
                    // A single line taller than a page: place it anyway rather than loop.
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (next[c] < cells[c].Count)
                        {
                            slice[c].Add(cells[c][next[c]]);
                            sliceHeight = Math.Max(sliceHeight, cells[c][next[c]++].Height);
                        }
                    }
                }

                var height = sliceHeight + 2 * pad;
                if (stripe)
                {
                    context.Draw(new RectOp(context.Left, context.Y, context.Width, height, style.StripeBackground));
                }

                for (var c = 0; c < cells.Length; c++)
                {
                    var y = context.Y + pad;
                    foreach (var line in slice[c])
                    {
                        var x = columns[c].AlignRight ? context.Left + offsets[c] + widths[c] - pad - line.Width : context.Left + offsets[c] + pad;
                        context.DrawLine(line, x, y);
                        y += line.Height;
                    }
                }

                context.Y += height;
                context.Draw(new LineOp(context.Left, context.Y, context.Left + context.Width, context.Y, style.Rule, 0.3));
                if (next.Select((n, c) => n >= cells[c].Count).All(done => done))
                {
                    break;
                }

                context.NewPage();
                DrawHeader(context, header, widths, offsets, headerHeight);
            }
        }

        context.Y += SpaceAfter;
    }

    private IReadOnlyList<TextLine>[] RowLines(IReadOnlyList<IReadOnlyList<TextSpan>> row, double[] widths, double pad) =>
        columns.Select((_, c) => c < row.Count && row[c].Count > 0 ? TextLayout.Break(row[c], widths[c] - 2 * pad) : (IReadOnlyList<TextLine>)[]).ToArray();

    private void DrawHeader(LayoutContext context, IReadOnlyList<TextLine>[] header, double[] widths, double[] offsets, double height)
    {
        context.Draw(new RectOp(context.Left, context.Y, context.Width, height, style.HeaderBackground));
        for (var c = 0; c < header.Length; c++)
        {
            var y = context.Y + style.Padding;
            foreach (var line in header[c])
            {
                var x = columns[c].AlignRight
                    ? context.Left + offsets[c] + widths[c] - style.Padding - line.Width
                    : context.Left + offsets[c] + style.Padding;
                context.DrawLine(line, x, y);
                y += line.Height;
            }
        }

        context.Y += height;
    }
}
