using PuppeteerSharp;
using PuppeteerSharp.Media;
using TiesReports.Core.Briefings;

namespace TiesReports.Benchmarks;

/// <summary>Warm headless Chromium printing the same brief as HTML to PDF (the jsreport / Gotenberg / Puppeteer way).</summary>
internal static class ChromiumSideBySide
{
    public const string Executable = "/usr/bin/chromium";

    public static bool Available => File.Exists(Executable);

    public static async Task<(Stats Timing, int Bytes)> MeasureAsync(Briefing briefing, int runs)
    {
        var profile = Path.Combine(Path.GetTempPath(), "ties-chromium-" + Guid.NewGuid().ToString("N"));
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            UserDataDir = profile,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--allow-file-access-from-files",
            ],
        });
        await using var page = await browser.NewPageAsync();
        var options = new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style='font-size:8px;width:100%;text-align:right;margin-right:20mm'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>",
        };
        var bytes = 0;

        async Task PrintOnce()
        {
            var html = HtmlBrief.Render(briefing);
            var file = Path.Combine(profile, "brief.html");
            await File.WriteAllTextAsync(file, html);
            await page.GoToAsync("file://" + file, WaitUntilNavigation.Load);
            bytes = (await page.PdfDataAsync(options)).Length;
        }

        for (var i = 0; i < 5; i++)
        {
            await PrintOnce();
        }

        var stats = await Stats.TimeAsync(runs, PrintOnce);
        return (stats, bytes);
    }
}
