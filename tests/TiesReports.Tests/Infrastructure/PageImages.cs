using System.Diagnostics;

namespace TiesReports.Tests.Infrastructure;

/// <summary>Pages turned into pictures with poppler's pdftoppm, as a reader would see them.</summary>
public static class PageImages
{
    /// <summary>
    /// Renders page 1 of <paramref name="pdfPath"/> to "<paramref name="prefix"/>.png" and fails the test when
    /// pdftoppm fails; returns the picture's path and what pdftoppm said on stderr (it complains there about fonts
    /// it cannot read).
    /// </summary>
    public static async Task<(string Png, string Errors)> RenderFirstPageAsync(string pdfPath, string prefix, int resolution = 60)
    {
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var argument in new[] { "-png", "-r", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed: {errors}");
        return (prefix + ".png", errors);
    }
}
