using System.Globalization;

namespace TiesReports.Layout;

/// <summary>An sRGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black { get; } = new(0, 0, 0);

    public static Color White { get; } = new(255, 255, 255);

    /// <summary>Parses "#RRGGBB".</summary>
    public static Color Hex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var value = int.Parse(hex.AsSpan(hex.StartsWith('#') ? 1 : 0), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
