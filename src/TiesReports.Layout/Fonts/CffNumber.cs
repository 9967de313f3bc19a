namespace TiesReports.Layout.Fonts;

/// <summary>
/// The integer encodings CFF DICTs and Type 2 charstrings share: one byte (32–246), two bytes (247–254) and a
/// 16-bit integer after 28. (DICTs add 29, a 32-bit integer, and 30, a real; charstrings add 255, a 16.16 fixed.)
/// </summary>
internal static class CffNumber
{
    /// <summary>The length of the shared-encoding integer that starts with <paramref name="b0"/>, or 0 when it starts none.</summary>
    public static int SharedLength(byte b0) => b0 switch
    {
        28 => 3,
        >= 32 and <= 246 => 1,
        >= 247 and <= 254 => 2,
        _ => 0,
    };

    /// <summary>The value of a shared-encoding integer: <paramref name="number"/> holds its <see cref="SharedLength"/> bytes.</summary>
    public static int SharedValue(ReadOnlySpan<byte> number) => number[0] switch
    {
        28 => (short)((number[1] << 8) | number[2]),
        <= 246 and var b0 => b0 - 139,
        <= 250 and var b0 => ((b0 - 247) << 8) + number[1] + 108,
        var b0 => -((b0 - 251) << 8) - number[1] - 108,
    };
}
