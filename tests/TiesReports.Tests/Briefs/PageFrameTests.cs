using TiesReports.Core.Briefings;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Briefs;

/// <summary>The running header and footer stay inside the page and never overlap, whatever the title.</summary>
public sealed class PageFrameTests
{
    private static readonly string LongName = "Arkhangelsk City with the Primorsky Municipal District, the Solovetsky Islands and the Northern Dvina Delta Settlements";

    /// <summary>The brief's title names its places, so a long place name makes a long title.</summary>
    private static byte[] BriefWithPartnerNamed(string name)
    {
        var tree = SeedData.Tree();
        tree["places"]!.AsArray().Single(p => (string?)p!["id"] == "arkhangelsk")!["name"] = name;
        var result = SeedData.Load((SeedData.FileName, SeedData.ToBytes(tree)));
        Assert.Empty(result.Errors);
        return Infrastructure.Briefs.Render(new BriefingBuilder(result.Dataset).Build(new BriefRequest("dalian-arkhangelsk", Infrastructure.Briefs.November2026)));
    }

    [Fact]
    public void Header_WithALongTitle_IsCutWithAnEllipsis_AndLeavesRoomForThePeriod()
    {
        using var document = PdfDocument.Open(BriefWithPartnerNamed(LongName));
        Assert.True(document.NumberOfPages > 1);
        var page = document.GetPage(2);

        // The header sits in the top margin; the footer in the bottom one.
        foreach (var band in new[] { page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 72).ToList(), page.GetWords().Where(w => w.BoundingBox.Top < 64).ToList() })
        {
            Assert.NotEmpty(band);
            Assert.All(band, w => Assert.InRange(w.BoundingBox.Right, 0, page.Width - 56 + 0.5));
            var ordered = band.OrderBy(w => w.BoundingBox.Left).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].BoundingBox.Left >= ordered[i - 1].BoundingBox.Right - 0.01, $"'{ordered[i - 1].Text}' overlaps '{ordered[i].Text}'");
            }
        }

        var header = string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 72).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        Assert.Contains("…", header, StringComparison.Ordinal);
        Assert.EndsWith("November 2026", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_WithAShortTitle_ShowsItWhole()
    {
        using var document = PdfDocument.Open(BriefWithPartnerNamed("Arkhangelsk"));
        var page = document.GetPage(2);

        var header = string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 72).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        Assert.Contains("Dalian – Arkhangelsk November 2026", header, StringComparison.Ordinal);
        Assert.DoesNotContain("…", header, StringComparison.Ordinal);
    }
}
