using System.Security.Cryptography;
using System.Text.Json;
using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;
using TiesReports.Layout.Rendering;

namespace TiesReports.Briefs.Services;

/// <summary>Briefing in, PDF bytes out; and the hash that names a rendering of a briefing.</summary>
public static class BriefRenderer
{
    /// <summary>Bumped whenever the layout changes, so stored briefs rendered by older layouts are refreshed.</summary>
    public const string LayoutVersion = "2026.12.3";

    public static byte[] Render(Briefing briefing)
    {
        try
        {
            return PdfRenderer.Render(new BriefingDocument(briefing).Compose());
        }
        catch (DocumentTooLargeException ex)
        {
            throw new BriefTooLargeException(ex.Message, ex);
        }
    }

    /// <summary>SHA-256 over the layout version and every resolved value of the briefing.</summary>
    public static string InputHash(Briefing briefing)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(briefing, BriefingJsonContext.Default.Briefing);
        return Convert.ToHexStringLower(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(LayoutVersion), .. json]));
    }
}
