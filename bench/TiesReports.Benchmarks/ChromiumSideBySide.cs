using PuppeteerSharp;
using PuppeteerSharp.Media;
using TiesReports.Core.Briefings;

namespace TiesReports.Benchmarks;

/// <summary>Warm headless Chromium printing the same brief as HTML to PDF (the jsreport / Gotenberg / Puppeteer way).</summary>
internal sealed class ChromiumSideBySide : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly PdfOptions Options = new()
    {
        Format = PaperFormat.A4,
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        FooterTemplate = "<div style='font-size:8px;width:100%;text-align:right;margin-right:20mm'>Page <span class='pageNumber'></span> of <span class='totalPages'></span></div>",
    };

    private readonly IBrowser browser;
    private readonly IPage page;
    private readonly string profile;

    private ChromiumSideBySide(IBrowser browser, IPage page, string profile)
    {
        this.browser = browser;
        this.page = page;
        this.profile = profile;
    }

    public static bool Available => File.Exists(Executable);

    public static async Task<ChromiumSideBySide> LaunchAsync()
    {
        var profile = Path.Combine(Path.GetTempPath(), "ties-chromium-" + Guid.NewGuid().ToString("N"));
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
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
        return new ChromiumSideBySide(browser, await browser.NewPageAsync(), profile);
    }

    /// <summary>Builds the HTML from the briefing and prints it; returns the PDF's size.</summary>
    public async Task<int> PrintAsync(Briefing briefing)
    {
        var file = Path.Combine(profile, "brief.html");
        await File.WriteAllTextAsync(file, HtmlBrief.Render(briefing));
        await page.GoToAsync("file://" + file, WaitUntilNavigation.Load);
        return (await page.PdfDataAsync(Options)).Length;
    }

    public async ValueTask DisposeAsync()
    {
        await page.DisposeAsync();
        await browser.DisposeAsync();
    }
}
