namespace TiesReports.Layout.Fonts;

/// <summary>
/// A CFF DICT (Top, Font or Private): each operator with its operands. Escaped operators (12 x) are keyed 1200 + x.
/// </summary>
internal sealed class CffDict
{
    public const int Charset = 15;
    public const int Private = 18;
    public const int Subrs = 19;
    public const int DefaultWidthX = 20;
    public const int NominalWidthX = 21;
    public const int CharStrings = 17;
    public const int CharstringType = 1206;
    public const int FontMatrix = 1207;
    public const int Ros = 1230;
    public const int FdArray = 1236;
    public const int FdSelect = 1237;

    private readonly Dictionary<int, double[]> _entries = [];

    private CffDict()
    {
    }

    public static CffDict Read(ReadOnlySpan<byte> data, string what)
    {
        var dict = new CffDict();
        var operands = new List<double>();
        for (var i = 0; i < data.Length;)
        {
            int b0 = data[i];
            if (b0 <= 21)
            {
                var op = b0 == 12 && i + 1 < data.Length ? 1200 + data[i + 1] : b0;
                i += b0 == 12 ? 2 : 1;
                dict._entries[op] = [.. operands];
                operands.Clear();
            }
            else if (b0 == 30)
            {
                operands.Add(ReadReal(data, ref i));
            }
            else
            {
                operands.Add(ReadInteger(data, ref i, what));
            }
        }

        return dict;
    }

    public bool Has(int op) => _entries.ContainsKey(op);

    /// <summary>The operands of <paramref name="op"/>, or null when the DICT does not set it.</summary>
    public double[]? Get(int op) => _entries.GetValueOrDefault(op);

    public int Integer(int op, int fallback) => _entries.TryGetValue(op, out var values) && values.Length > 0 ? (int)values[^1] : fallback;

    /// <summary>The last operand of <paramref name="op"/> as an offset or size (see <see cref="Whole"/>), or null when the DICT does not set it.</summary>
    public long? Offset(int op) => _entries.TryGetValue(op, out var values) && values.Length > 0 ? Whole(values[^1]) : null;

    /// <summary>Operands as the font states them, for error messages (in the invariant culture).</summary>
    public static string Text(double[] operands) => string.Join(' ', operands.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// An operand's integer part as a long, held within [-1, 2^40] so that a damaged font's huge or infinite value
    /// still fails a bounds check and sums of two stay exact.
    /// </summary>
    public static long Whole(double value) => (long)Math.Clamp(Math.Truncate(value), -1, 1L << 40);

    private static int ReadInteger(ReadOnlySpan<byte> data, ref int i, string what)
    {
        int b0 = data[i];
        var length = b0 == 29 ? 5 : CffNumber.SharedLength(data[i]);
        if (length == 0 || i + length > data.Length)
        {
            throw new InvalidDataException($"The CFF table's {what} DICT has a bad operand byte {b0} at {i}.");
        }

        var number = data.Slice(i, length);
        i += length;
        return b0 == 29 ? (number[1] << 24) | (number[2] << 16) | (number[3] << 8) | number[4] : CffNumber.SharedValue(number);
    }

    /// <summary>A real number: nibbles of digits, point, exponent and minus, ended by 0xF.</summary>
    private static double ReadReal(ReadOnlySpan<byte> data, ref int i)
    {
        var text = new System.Text.StringBuilder();
        i++;
        while (i < data.Length)
        {
            var b = data[i++];
            foreach (var nibble in (int[])[b >> 4, b & 0xF])
            {
                if (nibble == 0xF)
                {
                    return double.TryParse(text.ToString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
                }

                text.Append(nibble switch
                {
                    < 10 => ((char)('0' + nibble)).ToString(),
                    0xA => ".",
                    0xB => "E",
                    0xC => "E-",
                    0xE => "-",
                    _ => string.Empty,
                });
            }
        }

        return 0;
    }
}
