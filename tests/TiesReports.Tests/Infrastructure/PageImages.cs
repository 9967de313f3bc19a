using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TiesReports.Tests.Infrastructure;

/// <summary>Pages turned into pictures with poppler's pdftoppm, as a reader would see them.</summary>
public static class PageImages
{
    /// <summary>
    /// Renders page 1 of <paramref name="pdfPath"/> to "<paramref name="prefix"/>.png" and fails the test when
    /// pdftoppm fails; returns the picture's path and what pdftoppm said on stderr (it complains there about fonts
    /// it cannot read).
    /// </summary>
    public static async Task<(string Png, string Errors)> RenderFirstPageAsync(string pdfPath, string prefix, int resolution = 60) =>
        (prefix + ".png", await RunAsync("-png", pdfPath, prefix, resolution));

    /// <summary>Page 1 as an 8-bit gray picture (pdftoppm's PGM): its size, one byte per pixel, and pdftoppm's stderr.</summary>
    public static async Task<(int Width, int Height, byte[] Pixels, string Errors)> RenderFirstPageGrayAsync(string pdfPath, string prefix, int resolution)
    {
        var errors = await RunAsync("-gray", pdfPath, prefix, resolution);

        // "P5\n<width> <height>\n255\n" then one byte per pixel.
        var pgm = await File.ReadAllBytesAsync(prefix + ".pgm");
        var header = Encoding.ASCII.GetString(pgm, 0, 64).Split('\n');
        var dimensions = header[1].Split(' ');
        var headerLength = header[0].Length + header[1].Length + header[2].Length + 3;
        return (int.Parse(dimensions[0], CultureInfo.InvariantCulture), int.Parse(dimensions[1], CultureInfo.InvariantCulture), pgm[headerLength..], errors);
    }

    private static async Task<string> RunAsync(string format, string pdfPath, string prefix, int resolution)
    {
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var argument in new[] { format, "-r", resolution.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed: {errors}");
        return errors;
    }
}
