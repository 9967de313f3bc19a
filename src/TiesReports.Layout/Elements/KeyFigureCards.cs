using TiesReports.Layout.Rendering;
using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

/// <summary>Key figures as cards in a grid; each row of cards is as tall as its tallest card.</summary>
public sealed class KeyFigureCards(IReadOnlyList<KeyFigure> figures, KeyFigureStyle style) : Block
{
    public int Columns { get; init; } = 3;

    public override void Layout(LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        const double Gap = 8;
        const double Pad = 8;
        var cardWidth = (context.Width - Gap * (Columns - 1)) / Columns;
        foreach (var row in figures.Chunk(Columns))
        {
            var laid = row.Select(f => (
                Label: TextLayout.Break(f.Label, style.Label, cardWidth - 2 * Pad),
                Value: TextLayout.Break(f.Value, style.Value, cardWidth - 2 * Pad),
                Detail: TextLayout.Break(f.Detail, style.Detail, cardWidth - 2 * Pad))).ToList();
            var height = laid.Max(c => c.Label.Sum(l => l.Height) + c.Value.Sum(l => l.Height) + c.Detail.Sum(l => l.Height)) + 2 * Pad;
            context.EnsureSpace(height);
            for (var i = 0; i < laid.Count; i++)
            {
                var x = context.Left + i * (cardWidth + Gap);
                context.Draw(new RectOp(x, context.Y, cardWidth, height, style.Background));
                context.Draw(new RectOp(x, context.Y, 3, height, style.Accent));
                var y = context.Y + Pad;
                foreach (var line in laid[i].Label.Concat(laid[i].Value).Concat(laid[i].Detail))
                {
                    context.DrawLine(line, x + Pad, y);
                    y += line.Height;
                }
            }

            context.Y += height + Gap;
        }
    }
}
