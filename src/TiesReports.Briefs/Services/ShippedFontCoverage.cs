using TiesReports.Core.Loading;
using TiesReports.Layout.Fonts;
using TiesReports.Layout.Text;

namespace TiesReports.Briefs.Services;

/// <summary>The loader's view of what briefs can draw: the fonts the layout layer ships.</summary>
public sealed class ShippedFontCoverage : ICharacterCoverage
{
    public static ShippedFontCoverage Instance { get; } = new();

    /// <summary>Loader options that report text no shipped font can draw.</summary>
    public static LoaderOptions LoaderOptions() => new() { Coverage = Instance };

    // Printable ASCII is answered without touching the font library, so validating Latin data reads no font.
    public bool CanDraw(int codePoint) => codePoint is >= 0x20 and < 0x7F || FontLibrary.Instance.CanDraw(codePoint);

    public string NameOf(int codePoint) => CharacterNames.Of(codePoint);
}
