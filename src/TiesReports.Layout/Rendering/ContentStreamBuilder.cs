using System.Globalization;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// The bytes of a PDF content stream (or any ASCII PDF text), written straight into one growing buffer: numbers are
/// formatted into it without a string each, so a page costs a handful of allocations however much it draws.
/// </summary>
internal sealed class ContentStreamBuilder
{
    private byte[] _buffer = new byte[16 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public byte[] ToArray() => Written.ToArray();

    public ContentStreamBuilder Append(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(Free(ascii.Length));
        Length += ascii.Length;
        return this;
    }

    public ContentStreamBuilder Append(byte ascii)
    {
        Free(1)[0] = ascii;
        Length++;
        return this;
    }

    /// <summary>Text that is ASCII by construction (names, numbers already formatted).</summary>
    public ContentStreamBuilder Append(string ascii)
    {
        var span = Free(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }

        Length += ascii.Length;
        return this;
    }

    /// <summary>A number rounded to thousandths, without trailing zeros, followed by a space.</summary>
    public ContentStreamBuilder Number(double value)
    {
        // In whole thousandths, formatted by hand: a custom numeric format string is parsed on every call, and a
        // page writes thousands of numbers.
        var thousandths = (long)Math.Round(value * 1000);
        if (thousandths < 0)
        {
            Append((byte)'-');
            thousandths = -thousandths;
        }

        var whole = thousandths / 1000;
        var fraction = (int)(thousandths % 1000);
        whole.TryFormat(Free(20), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        if (fraction != 0)
        {
            var digits = Free(4);
            digits[0] = (byte)'.';
            digits[1] = (byte)('0' + fraction / 100);
            digits[2] = (byte)('0' + fraction / 10 % 10);
            digits[3] = (byte)('0' + fraction % 10);
            Length += fraction % 100 == 0 ? 2 : fraction % 10 == 0 ? 3 : 4;
        }

        return Append((byte)' ');
    }

    public ContentStreamBuilder Integer(int value)
    {
        value.TryFormat(Free(11), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Four upper-case hex digits (a two-byte code in a hex string).</summary>
    public ContentStreamBuilder Hex4(int value)
    {
        var span = Free(4);
        span[0] = HexDigit(value >> 12);
        span[1] = HexDigit(value >> 8);
        span[2] = HexDigit(value >> 4);
        span[3] = HexDigit(value);
        Length += 4;
        return this;
    }

    private static byte HexDigit(int value) => (byte)"0123456789ABCDEF"[value & 0xF];

    private Span<byte> Free(int needed)
    {
        if (Length + needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + needed));
        }

        return _buffer.AsSpan(Length);
    }
}
