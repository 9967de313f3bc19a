namespace TiesReports.Core.Loading;

/// <summary>
/// Which characters a brief can draw. The layout layer knows from its shipped fonts; the loader only asks, so
/// that text no font can draw is reported when data is validated, never printed as a silent "?" later.
/// </summary>
public interface ICharacterCoverage
{
    bool CanDraw(int codePoint);

    /// <summary>The character's Unicode name, for messages ("CJK UNIFIED IDEOGRAPH-770C").</summary>
    string NameOf(int codePoint);
}
