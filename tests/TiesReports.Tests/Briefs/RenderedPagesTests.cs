using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// Pages rendered to pictures with poppler's pdftoppm, as a reader sees them. With TIESREPORTS_WRITE_DOCS=1 the
/// picture of the brief with Japanese, Korean and Arabic names is also written to docs/ for the README.
/// </summary>
public sealed class RenderedPagesTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Brief_WithJapaneseKoreanAndArabicNames_RendersToAPicture()
    {
        var pdf = WorldScriptBriefTests.BriefWithNames("大连市 · 岡山県 · 서울특별시", "Архангельск · مدينة دبي", "Архангельская область");
        var pdfPath = _work.Combine("world.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);

        var (png, _) = await PageImages.RenderFirstPageAsync(pdfPath, _work.Combine("world"));

        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.InRange(bytes.Length, 5_000, 200_000);
        if (Environment.GetEnvironmentVariable("TIESREPORTS_WRITE_DOCS") == "1")
        {
            File.Copy(png, Path.Combine(RepoPaths.Root, "docs", "world-scripts-brief-page-1.png"), overwrite: true);
        }
    }
}
