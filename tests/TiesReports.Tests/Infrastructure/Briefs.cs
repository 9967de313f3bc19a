using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Infrastructure;

/// <summary>Builds and renders briefs for tests, and reads them back with PdfPig.</summary>
public static class Briefs
{
    public static Month November2026 { get; } = new(2026, 11);

    public static Briefing Dalian(string subject = "dalian-arkhangelsk", Language? language = null) =>
        new BriefingBuilder(SeedData.Load((SeedData.FileName, SeedData.Bytes)).Dataset).Build(new BriefRequest(subject, November2026, Language: language));

    public static Briefing Synthetic(SyntheticDatasetOptions options, string? subject = null, Month? period = null)
    {
        var result = SeedData.Load(("synthetic.json", SyntheticDatasetGenerator.Generate(options)));
        Assert.Empty(result.Errors);
        return new BriefingBuilder(result.Dataset).Build(new BriefRequest(subject ?? SyntheticDatasetGenerator.PartnershipId(0), period ?? new Month(2026, 11)));
    }

    public static byte[] Render(Briefing briefing) => BriefRenderer.Render(briefing);

    /// <summary>All text of all pages, in page order.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }
}
