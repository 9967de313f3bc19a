using TiesReports.Layout.Text;

namespace TiesReports.Tests.Layout;

/// <summary>
/// A span marked isolated (a source mark after a sentence from the data) takes part in the bidi algorithm as one
/// neutral unit, like HTML's &lt;bdi&gt;: right-to-left text before it cannot pull it into its own visual order.
/// </summary>
public sealed class IsolatedSpanTests
{
    private static readonly TextStyle Style = new(12);
    private static readonly TextStyle MarkStyle = new(8);

    [Fact]
    public void SourceMark_AfterArabicPhraseWithDigits_StaysAtTheEndOfTheLine()
    {
        var line = TextLayout.Break([new TextSpan("Open a trade office: مكتب تجاري 2026", Style), new TextSpan(" [1]", MarkStyle, Isolated: true)], 500).Single();

        var mark = line.Runs.Single(r => r.Style == MarkStyle);
        var arabic = line.Runs.Where(r => r.RightToLeft).ToList();

        Assert.NotEmpty(arabic);
        Assert.Equal(" [1]", mark.Text);
        Assert.False(mark.RightToLeft);
        Assert.All(line.Runs.Where(r => r != mark), r => Assert.True(r.X < mark.X, $"'{r.Text}' at {r.X} is right of the mark at {mark.X}"));
    }

    [Fact]
    public void SourceMark_NotIsolated_IsDrawnInsideTheRightToLeftRun_AsTheBidiAlgorithmSays()
    {
        // Without isolation the brackets pair with the Arabic number inside them (rule N0) and take the phrase's
        // direction: the mark lands left of the year. This is what isolating avoids.
        var line = TextLayout.Break([new TextSpan("Open a trade office: مكتب تجاري 2026", Style), new TextSpan(" [1]", MarkStyle)], 500).Single();

        var brackets = line.Runs.Where(r => r.Style == MarkStyle && r.Text.Contains('[', StringComparison.Ordinal)).ToList();
        var year = line.Runs.Single(r => r.Text.Contains("2026", StringComparison.Ordinal));

        Assert.All(brackets, b => Assert.True(b.RightToLeft));
        Assert.True(line.Runs.Where(r => r.Style == MarkStyle).Min(r => r.X) < year.X, "the mark is left of the year");
    }

    [Fact]
    public void IsolatedSpan_OfArabicText_KeepsItsOwnRightToLeftOrder()
    {
        var line = TextLayout.Break([new TextSpan("Partner: ", Style), new TextSpan("مكتب تجاري", Style, Isolated: true), new TextSpan(" (2026)", Style)], 500).Single();

        var words = line.Runs.Where(r => r.RightToLeft).ToList();

        Assert.NotEmpty(words);
        Assert.Equal("Partner: مكتب تجاري (2026)", string.Concat(line.Runs.Select(r => r.Text)));
        var year = line.Runs.Single(r => r.Text.Contains("2026", StringComparison.Ordinal));
        Assert.All(words, w => Assert.True(w.X < year.X));
    }

    [Theory]
    [InlineData("\u2066 [1]")]
    [InlineData("\u2069 [1]")]
    [InlineData(" [1]\u2068")]
    public void IsolatedSpan_WithUnbalancedIsolateControls_StaysOneUnit(string mark)
    {
        // An LRI or FSI the span leaves open, or a PDI it never opened, must not pair with the isolate around the span.
        var line = TextLayout.Break(
            [new TextSpan("مكتب 2026", Style), new TextSpan(mark, MarkStyle, Isolated: true), new TextSpan(" مكتب", Style)], 500).Single();

        var markRuns = line.Runs.Where(r => r.Style == MarkStyle && r.Text.Contains('[', StringComparison.Ordinal)).ToList();
        var arabic = line.Runs.Where(r => r.Style == Style && r.RightToLeft).ToList();

        Assert.Single(markRuns);
        Assert.Equal(2, arabic.Count(r => r.Text.Contains("مكتب", StringComparison.Ordinal)));

        // A right-to-left paragraph part: first word rightmost, then the year, the mark, and the second word leftmost.
        var first = arabic.First(r => r.Text.Contains("مكتب", StringComparison.Ordinal));
        var second = arabic.Last(r => r.Text.Contains("مكتب", StringComparison.Ordinal));
        Assert.True(second.X < markRuns[0].X && markRuns[0].X < first.X, $"second {second.X}, mark {markRuns[0].X}, first {first.X}");
    }
}
