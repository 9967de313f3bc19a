using System.Buffers;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// Rewrites one Type 2 charstring so that it stands alone in a subset with no subroutines and no hints: calls to
/// subroutines are replaced by what they do, stem hints and hint masks are dropped (a PDF at print or screen
/// resolution draws CJK fine without them), and so is the advance width (the subset writes it back where it differs
/// from the subset's default). Operands are copied in their original encodings, so the outlines are exactly the font's.
/// </summary>
internal sealed class CharstringFlattener
{
    // Type 2 limits: 48 operands on the stack, subroutines nested 10 deep, a charstring at most 65,535 bytes
    // (TN5177 App. B); the subset may put a width of up to 3 bytes before the flattened charstring.
    private const int MaxStack = 48;
    private const int MaxDepth = 10;
    private const int MaxOutput = 65_535 - 3;

    // Subroutines within the depth limit can still call each other exponentially often; real glyphs take a few
    // hundred steps (operands and operators), so a damaged font stops here instead of hanging the renderer.
    private const int MaxSteps = 200_000;

    private readonly CffFont _font;
    private readonly int _glyph;
    private readonly CffIndex _localSubrs;
    private readonly ArrayBufferWriter<byte> _output = new(256);
    private readonly (int Start, int Length, int Value)[] _stack = new (int, int, int)[MaxStack];
    private int _count;
    private int _steps;
    private int _stems;
    private bool _widthSeen;
    private int? _width;

    private CharstringFlattener(CffFont font, int glyph)
    {
        _font = font;
        _glyph = glyph;
        _localSubrs = font.LocalSubrsOf(glyph);
    }

    /// <summary>Glyph <paramref name="glyph"/> of <paramref name="cff"/> (the table <paramref name="font"/> was read from), flattened.</summary>
    public static byte[] Flatten(CffFont font, ReadOnlySpan<byte> cff, int glyph)
    {
        var flattener = new CharstringFlattener(font, glyph);
        var (start, end) = font.CharStrings.Item(cff, glyph);
        if (!flattener.Run(cff, start, end, 0))
        {
            throw flattener.Bad("ends without endchar");
        }

        return flattener._output.WrittenSpan.ToArray();
    }

    /// <summary>The width operand of glyph <paramref name="glyph"/>'s charstring (its integer part), or null when it has none.</summary>
    public static int? WidthOperand(CffFont font, ReadOnlySpan<byte> cff, int glyph)
    {
        var flattener = new CharstringFlattener(font, glyph);
        var (start, end) = font.CharStrings.Item(cff, glyph);
        flattener.Run(cff, start, end, 0);
        return flattener._width;
    }

    /// <summary>Interprets the charstring bytes [start, end); true once endchar is reached.</summary>
    private bool Run(ReadOnlySpan<byte> cff, int start, int end, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Bad("nests subroutines more than 10 deep");
        }

        var i = start;
        while (i < end)
        {
            if (++_steps > MaxSteps)
            {
                throw Bad($"takes more than {MaxSteps} steps (its subroutines call each other too often)");
            }

            int b0 = cff[i];
            if (b0 is 28 or >= 32)
            {
                i = Push(cff, i, end);
                continue;
            }

            if (b0 == 12 && i + 1 >= end)
            {
                throw Bad("ends inside an escaped operator (12)");
            }

            var opStart = i;
            var op = b0 == 12 ? 1200 + cff[i + 1] : b0;
            i += b0 == 12 ? 2 : 1;
            switch (op)
            {
                case 1200: // dotsection: deprecated, a no-op (TN5177)
                    _count = 0;
                    break;
                case 1 or 3 or 18 or 23: // hstem, vstem, hstemhm, vstemhm: pairs, after an optional width
                    Stems();
                    break;
                case 19 or 20: // hintmask, cntrmask: operands before the first are an implied vstem; one mask bit per stem
                    Stems();
                    i += (_stems + 7) / 8;
                    break;
                case 21: // rmoveto
                    Width(_count > 2);
                    Emit(cff, opStart, i);
                    break;
                case 4 or 22: // vmoveto, hmoveto
                    Width(_count > 1);
                    Emit(cff, opStart, i);
                    break;
                case 14: // endchar
                    Width(_count is 1 or 5);
                    if (_count >= 4)
                    {
                        throw Bad("uses endchar as seac (an accented glyph made of two others)");
                    }

                    Emit(cff, opStart, i);
                    return true;
                case 5 or 6 or 7 or 8 or 24 or 25 or 26 or 27 or 30 or 31 or 1234 or 1235 or 1236 or 1237: // lines, curves, flex
                    Emit(cff, opStart, i);
                    break;
                case 10 or 29: // callsubr, callgsubr
                    if (Call(cff, op == 29 ? _font.GlobalSubrs : _localSubrs, op == 29 ? "global" : "local", depth))
                    {
                        return true;
                    }

                    break;
                case 11: // return
                    return false;
                default:
                    throw Bad(op >= 1200
                        ? $"uses operator 12 {op - 1200} (arithmetic or storage), which is not supported"
                        : $"uses reserved operator {op}");
            }
        }

        return false;
    }

    private int Push(ReadOnlySpan<byte> cff, int i, int end)
    {
        var length = cff[i] == 255 ? 5 : CffNumber.SharedLength(cff[i]);
        if (i + length > end)
        {
            throw Bad("ends inside an operand");
        }

        // 255: a 16.16 fixed number, of which its integer part.
        var number = cff.Slice(i, length);
        var value = cff[i] == 255 ? (short)((number[1] << 8) | number[2]) : CffNumber.SharedValue(number);

        if (_count == MaxStack)
        {
            throw Bad("has more than 48 operands on the stack");
        }

        _stack[_count++] = (i, length, value);
        return i + length;
    }

    /// <summary>The first stack-clearing operator may carry the advance width as an extra first operand: dropped.</summary>
    private void Width(bool present)
    {
        if (_widthSeen)
        {
            return;
        }

        _widthSeen = true;
        if (present)
        {
            _width = _stack[0].Value;
            _count--;
            Array.Copy(_stack, 1, _stack, 0, _count);
        }
    }

    private void Stems()
    {
        Width(_count % 2 == 1);
        _stems += _count / 2;
        _count = 0;
    }

    /// <summary>Copies the operands and the operator bytes [opStart, opEnd) to the output, and clears the stack.</summary>
    private void Emit(ReadOnlySpan<byte> cff, int opStart, int opEnd)
    {
        var length = opEnd - opStart;
        for (var k = 0; k < _count; k++)
        {
            length += _stack[k].Length;
        }

        if (_output.WrittenCount + length > MaxOutput)
        {
            throw Bad($"flattens to more than {MaxOutput} bytes (65535 with its width, the Type 2 charstring limit)");
        }

        for (var k = 0; k < _count; k++)
        {
            _output.Write(cff.Slice(_stack[k].Start, _stack[k].Length));
        }

        _output.Write(cff[opStart..opEnd]);
        _count = 0;
    }

    private bool Call(ReadOnlySpan<byte> cff, CffIndex subrs, string kind, int depth)
    {
        if (_count == 0)
        {
            throw Bad($"calls a {kind} subroutine with no number");
        }

        var number = _stack[--_count].Value + CffFont.Bias(subrs);
        if ((uint)number >= (uint)subrs.Count)
        {
            throw Bad($"calls {kind} subroutine {number} of {subrs.Count}");
        }

        var (start, end) = subrs.Item(cff, number);
        return Run(cff, start, end, depth + 1);
    }

    private InvalidDataException Bad(string reason) => new($"The CFF charstring of glyph {_glyph} {reason}.");
}
