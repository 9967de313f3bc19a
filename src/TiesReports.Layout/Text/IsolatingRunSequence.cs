using BidiClass = TiesReports.Layout.Text.UnicodeBidi.BidiClass;

namespace TiesReports.Layout.Text;

/// <summary>
/// One isolating run sequence of <see cref="UnicodeBidi"/> (BD13): the weak, bracket, neutral and implicit rules
/// work on its characters as if they stood next to each other, with sos and eos at its ends.
/// </summary>
internal sealed class IsolatingRunSequence
{
    private const int MaxBracketDepth = 63;
    private const int OpeningBracket = 1; // U_BPT_OPEN
    private const int ClosingBracket = 2; // U_BPT_CLOSE

    private readonly int[] _indices;
    private readonly BidiClass[] _types;
    private readonly byte[] _levels;
    private readonly byte _level;
    private readonly BidiClass _sos;
    private readonly BidiClass _eos;

    public IsolatingRunSequence(int[] indices, BidiClass[] types, byte[] levels, byte paragraphLevel, int[] kept)
    {
        _indices = indices;
        _types = types;
        _levels = levels;
        _level = levels[indices[0]];

        // sos and eos: the higher of this sequence's level and its neighbours' (ignoring removed characters).
        var first = Array.BinarySearch(kept, indices[0]);
        var before = first > 0 ? levels[kept[first - 1]] : paragraphLevel;
        var lastIndex = indices[^1];
        var last = Array.BinarySearch(kept, lastIndex);
        var isolateWithoutEnd = types[lastIndex] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;
        var after = !isolateWithoutEnd && last + 1 < kept.Length ? levels[kept[last + 1]] : paragraphLevel;
        _sos = (Math.Max(before, _level) & 1) == 1 ? BidiClass.R : BidiClass.L;
        _eos = (Math.Max(after, _level) & 1) == 1 ? BidiClass.R : BidiClass.L;
    }

    private BidiClass Embedding => (_level & 1) == 1 ? BidiClass.R : BidiClass.L;

    private BidiClass this[int n]
    {
        get => _types[_indices[n]];
        set => _types[_indices[n]] = value;
    }

    /// <summary>W1–W7.</summary>
    public void ResolveWeakTypes()
    {
        var count = _indices.Length;

        // W1: a non-spacing mark takes the type of what it follows (ON after an isolate initiator or PDI).
        for (var n = 0; n < count; n++)
        {
            if (this[n] == BidiClass.NSM)
            {
                this[n] = n == 0 ? _sos : this[n - 1] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : this[n - 1];
            }
        }

        // W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
        var lastStrong = _sos;
        for (var n = 0; n < count; n++)
        {
            switch (this[n])
            {
                case BidiClass.L or BidiClass.R or BidiClass.AL:
                    lastStrong = this[n];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    this[n] = BidiClass.AN;
                    break;
            }
        }

        for (var n = 0; n < count; n++)
        {
            if (this[n] == BidiClass.AL)
            {
                this[n] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (var n = 1; n < count - 1; n++)
        {
            if (this[n] == BidiClass.ES && this[n - 1] == BidiClass.EN && this[n + 1] == BidiClass.EN)
            {
                this[n] = BidiClass.EN;
            }
            else if (this[n] == BidiClass.CS && this[n - 1] is BidiClass.EN or BidiClass.AN && this[n + 1] == this[n - 1])
            {
                this[n] = this[n - 1];
            }
        }

        // W5: terminators (%, currency signs) next to European digits become digits.
        for (var n = 0; n < count; n++)
        {
            if (this[n] != BidiClass.ET)
            {
                continue;
            }

            var end = n;
            while (end < count && this[end] == BidiClass.ET)
            {
                end++;
            }

            if ((n > 0 && this[n - 1] == BidiClass.EN) || (end < count && this[end] == BidiClass.EN))
            {
                for (var k = n; k < end; k++)
                {
                    this[k] = BidiClass.EN;
                }
            }

            n = end - 1;
        }

        // W6: remaining separators and terminators are neutral. W7: digits after L (or sos L) are L.
        for (var n = 0; n < count; n++)
        {
            if (this[n] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                this[n] = BidiClass.ON;
            }
        }

        lastStrong = _sos;
        for (var n = 0; n < count; n++)
        {
            switch (this[n])
            {
                case BidiClass.L or BidiClass.R:
                    lastStrong = this[n];
                    break;
                case BidiClass.EN when lastStrong == BidiClass.L:
                    this[n] = BidiClass.L;
                    break;
            }
        }
    }

    /// <summary>N0: a pair of brackets takes the direction of what it encloses, or of its context.</summary>
    public void ResolvePairedBrackets(int[] codePoints, BidiClass[] original)
    {
        foreach (var (open, close) in BracketPairs(codePoints))
        {
            var inside = BidiClass.ON;
            for (var n = open + 1; n < close; n++)
            {
                var strong = StrongOf(this[n]);
                if (strong == Embedding)
                {
                    inside = Embedding;
                    break;
                }

                if (strong != BidiClass.ON)
                {
                    inside = strong;
                }
            }

            if (inside == BidiClass.ON)
            {
                continue;
            }

            var direction = Embedding;
            if (inside != Embedding)
            {
                var context = _sos;
                for (var n = open - 1; n >= 0; n--)
                {
                    if (StrongOf(this[n]) is var strong && strong != BidiClass.ON)
                    {
                        context = strong;
                        break;
                    }
                }

                direction = context == inside ? inside : Embedding;
            }

            foreach (var n in (int[])[open, close])
            {
                this[n] = direction;

                // Marks on a bracket follow it (they became ON by W1).
                for (var m = n + 1; m < _indices.Length && original[_indices[m]] == BidiClass.NSM; m++)
                {
                    this[m] = direction;
                }
            }
        }
    }

    /// <summary>N1–N2: neutrals between two of the same direction take it; others take the embedding direction.</summary>
    public void ResolveNeutralTypes()
    {
        var count = _indices.Length;
        for (var n = 0; n < count; n++)
        {
            if (!IsNeutral(this[n]))
            {
                continue;
            }

            var end = n;
            while (end < count && IsNeutral(this[end]))
            {
                end++;
            }

            var before = n == 0 ? _sos : StrongOf(this[n - 1]);
            var after = end == count ? _eos : StrongOf(this[end]);
            var direction = before == after ? before : Embedding;
            for (var k = n; k < end; k++)
            {
                this[k] = direction;
            }

            n = end - 1;
        }
    }

    /// <summary>I1–I2.</summary>
    public void ResolveImplicitLevels()
    {
        foreach (var i in _indices)
        {
            var even = (_levels[i] & 1) == 0;
            _levels[i] += (_types[i], even) switch
            {
                (BidiClass.R, true) => 1,
                (BidiClass.AN or BidiClass.EN, true) => 2,
                (BidiClass.L or BidiClass.AN or BidiClass.EN, false) => 1,
                _ => 0,
            };
        }
    }

    private static bool IsNeutral(BidiClass type) =>
        type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;

    /// <summary>L, or R for R and numbers (which count as R for brackets and neutrals); ON otherwise.</summary>
    private static BidiClass StrongOf(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    /// <summary>BD16: bracket pairs in this sequence, as positions in it, ordered by their opening bracket.</summary>
    private List<(int Open, int Close)> BracketPairs(int[] codePoints)
    {
        var pairs = new List<(int, int)>();
        var stack = new List<(int Closing, int Position)>();
        for (var n = 0; n < _indices.Length; n++)
        {
            if (this[n] != BidiClass.ON)
            {
                continue;
            }

            var cp = codePoints[_indices[n]];
            var kind = SystemIcu.PairedBracketType(cp);
            if (kind == OpeningBracket)
            {
                if (stack.Count == MaxBracketDepth)
                {
                    break;
                }

                stack.Add((Canonical(SystemIcu.PairedBracket(cp)), n));
            }
            else if (kind == ClosingBracket)
            {
                var closing = Canonical(cp);
                for (var s = stack.Count - 1; s >= 0; s--)
                {
                    if (stack[s].Closing == closing)
                    {
                        pairs.Add((stack[s].Position, n));
                        stack.RemoveRange(s, stack.Count - s);
                        break;
                    }
                }
            }
        }

        pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return pairs;
    }

    // The angle brackets U+2329/U+232A are canonically equivalent to U+3008/U+3009 and pair with them.
    private static int Canonical(int codePoint) => codePoint switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => codePoint,
    };
}
