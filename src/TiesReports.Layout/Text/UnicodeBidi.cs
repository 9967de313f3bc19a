namespace TiesReports.Layout.Text;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one paragraph: embedding levels (rules P2–P3, X1–X10, W1–W7,
/// N0–N2, I1–I2), the line rules L1–L2 and bracket mirroring (L4). Written here because no served .NET package has
/// it. Character data comes from the system's ICU (<see cref="SystemIcu"/>).
/// </summary>
public sealed class UnicodeBidi
{
    private const int MaxDepth = 125;

    private readonly int[] _codePoints;
    private readonly BidiClass[] _original;

    private UnicodeBidi(int[] codePoints, BidiClass[] original, byte paragraphLevel, byte[] levels)
    {
        _codePoints = codePoints;
        _original = original;
        ParagraphLevel = paragraphLevel;
        Levels = levels;
    }

    /// <summary>0 for a left-to-right paragraph, 1 for right-to-left.</summary>
    public byte ParagraphLevel { get; }

    /// <summary>The resolved level of each code point (before the line rules); removed controls get their neighbour's.</summary>
    public IReadOnlyList<byte> Levels { get; }

    /// <summary>Whether <paramref name="text"/> has anything that can make it other than plain left-to-right.</summary>
    public static bool NeedsBidi(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            // Right-to-left letters and numbers live in the Hebrew to Arabic Extended blocks, the presentation forms and
            // beyond the BMP (surrogates); elsewhere only the explicit controls below. Chinese text never asks ICU.
            if (c >= 0x0590 && (c <= 0x08FF || c is >= '\u200E' and <= '\u200F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is >= '\uD800' and <= '\uDFFF' || c is >= '\uFB1D' and <= '\uFEFE'))
            {
                if (char.IsSurrogate(c) || ClassOf(c) is BidiClass.R or BidiClass.AL or BidiClass.AN or >= BidiClass.LRE)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Resolves the levels of a paragraph; <paramref name="paragraphLevel"/> null finds it from the first strong character (P2–P3).</summary>
    public static UnicodeBidi Resolve(IReadOnlyList<int> codePoints, byte? paragraphLevel = null)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        var cps = codePoints.ToArray();
        var original = cps.Select(ClassOf).ToArray();
        var types = (BidiClass[])original.Clone();
        var matchingPdi = MatchingIsolateEnds(types);
        var level = paragraphLevel ?? FirstStrongLevel(types, 0, types.Length, matchingPdi) ?? 0;
        var levels = ExplicitLevels(types, level, matchingPdi);

        foreach (var sequence in IsolatingRunSequences(types, levels, level, matchingPdi))
        {
            sequence.ResolveWeakTypes();
            sequence.ResolvePairedBrackets(cps, original);
            sequence.ResolveNeutralTypes();
            sequence.ResolveImplicitLevels();
        }

        // Removed characters (X9) take the level of the character before them, so they travel with it.
        for (var i = 0; i < types.Length; i++)
        {
            if (IsRemoved(original[i]))
            {
                levels[i] = i > 0 ? levels[i - 1] : level;
            }
        }

        return new UnicodeBidi(cps, original, level, levels);
    }

    /// <summary>Levels of the code points [<paramref name="start"/>, <paramref name="end"/>) laid out as one line (rule L1).</summary>
    public byte[] LineLevels(int start, int end)
    {
        var levels = new byte[end - start];
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var type = _original[i];
            if (type is BidiClass.S or BidiClass.B)
            {
                levels[i - start] = ParagraphLevel;
                trailing = true;
            }
            else if (trailing && (type is BidiClass.WS or BidiClass.FSI or BidiClass.LRI or BidiClass.RLI or BidiClass.PDI || IsRemoved(type)))
            {
                levels[i - start] = ParagraphLevel;
            }
            else
            {
                levels[i - start] = Levels[i];
                trailing = false;
            }
        }

        return levels;
    }

    /// <summary>Whether the code point at <paramref name="index"/> is removed by rule X9 (embedding controls, boundary neutrals).</summary>
    public bool IsRemovedAt(int index) => IsRemoved(_original[index]);

    /// <summary>The code point as drawn at <paramref name="level"/>: brackets and other mirrored characters flip in right-to-left text (L4).</summary>
    public static int Mirrored(int codePoint, byte level) => (level & 1) == 1 ? SystemIcu.Mirror(codePoint) : codePoint;

    /// <summary>
    /// Rule L2: the visual order of items with the given levels, as indices into <paramref name="levels"/>, left to right.
    /// </summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }

        var highest = levels.Max();
        var lowestOdd = (byte)(levels.Where(l => (l & 1) == 1).DefaultIfEmpty(highest).Min() | 1);
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            var i = 0;
            while (i < order.Length)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < order.Length && levels[order[i]] >= level)
                {
                    i++;
                }

                Array.Reverse(order, start, i - start);
            }
        }

        return order;
    }

    /// <summary>ICU's UCharDirection numbers, in its order (uchar.h), as this algorithm's classes.</summary>
    private static readonly BidiClass[] ByIcuDirection =
    [
        BidiClass.L, BidiClass.R, BidiClass.EN, BidiClass.ES, BidiClass.ET, BidiClass.AN, BidiClass.CS, BidiClass.B,
        BidiClass.S, BidiClass.WS, BidiClass.ON, BidiClass.LRE, BidiClass.LRO, BidiClass.AL, BidiClass.RLE, BidiClass.RLO,
        BidiClass.PDF, BidiClass.NSM, BidiClass.BN, BidiClass.FSI, BidiClass.LRI, BidiClass.RLI, BidiClass.PDI,
    ];

    internal static BidiClass ClassOf(int codePoint) =>
        SystemIcu.Direction(codePoint) is var direction && (uint)direction < (uint)ByIcuDirection.Length ? ByIcuDirection[direction] : BidiClass.ON;

    private static bool IsRemoved(BidiClass type) => type is BidiClass.BN or BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF;

    private static bool IsIsolateInitiator(BidiClass type) => type is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    /// <summary>BD9: the index of the PDI matching each isolate initiator (-1 when none).</summary>
    private static int[] MatchingIsolateEnds(BidiClass[] types)
    {
        var matching = new int[types.Length];
        Array.Fill(matching, -1);
        var open = new Stack<int>();
        for (var i = 0; i < types.Length; i++)
        {
            if (IsIsolateInitiator(types[i]))
            {
                open.Push(i);
            }
            else if (types[i] == BidiClass.PDI && open.Count > 0)
            {
                matching[open.Pop()] = i;
            }
            else if (types[i] == BidiClass.B)
            {
                open.Clear();
            }
        }

        return matching;
    }

    /// <summary>P2–P3: 1 if the first strong character (outside isolates) is right-to-left, 0 if left-to-right, null if none.</summary>
    private static byte? FirstStrongLevel(BidiClass[] types, int start, int end, int[] matchingPdi)
    {
        for (var i = start; i < end; i++)
        {
            switch (types[i])
            {
                case BidiClass.L:
                    return 0;
                case BidiClass.R or BidiClass.AL:
                    return 1;
                case BidiClass.B:
                    return null;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (matchingPdi[i] < 0)
                    {
                        return null;
                    }

                    i = matchingPdi[i];
                    break;
            }
        }

        return null;
    }

    /// <summary>X1–X8: explicit embedding levels and overrides (overrides rewrite <paramref name="types"/>).</summary>
    private static byte[] ExplicitLevels(BidiClass[] types, byte paragraphLevel, int[] matchingPdi)
    {
        var levels = new byte[types.Length];
        var stack = new Stack<(byte Level, BidiClass? Override, bool Isolate)>();
        stack.Push((paragraphLevel, null, false));
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;

        for (var i = 0; i < types.Length; i++)
        {
            var top = stack.Peek();
            var type = types[i];
            switch (type)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    var rtl = type is BidiClass.RLE or BidiClass.RLO;
                    var next = (byte)(rtl ? (top.Level + 1) | 1 : (top.Level + 2) & ~1);
                    levels[i] = top.Level;
                    if (next <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        BidiClass? over = type switch { BidiClass.RLO => BidiClass.R, BidiClass.LRO => BidiClass.L, _ => null };
                        stack.Push((next, over, false));
                    }
                    else if (overflowIsolates == 0)
                    {
                        overflowEmbeddings++;
                    }

                    break;
                }

                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    levels[i] = top.Level;
                    if (top.Override is { } forced)
                    {
                        types[i] = forced;
                    }

                    var rtl = type == BidiClass.RLI
                        || (type == BidiClass.FSI && FirstStrongLevel(types, i + 1, matchingPdi[i] < 0 ? types.Length : matchingPdi[i], matchingPdi) == 1);
                    var next = (byte)(rtl ? (top.Level + 1) | 1 : (top.Level + 2) & ~1);
                    if (next <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        stack.Push((next, null, true));
                    }
                    else
                    {
                        overflowIsolates++;
                    }

                    break;
                }

                case BidiClass.PDI:
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stack.Peek().Isolate)
                        {
                            stack.Pop();
                        }

                        stack.Pop();
                        validIsolates--;
                    }

                    top = stack.Peek();
                    levels[i] = top.Level;
                    if (top.Override is { } forcedPdi)
                    {
                        types[i] = forcedPdi;
                    }

                    break;
                case BidiClass.PDF:
                    levels[i] = top.Level;
                    if (overflowIsolates == 0)
                    {
                        if (overflowEmbeddings > 0)
                        {
                            overflowEmbeddings--;
                        }
                        else if (!top.Isolate && stack.Count >= 2)
                        {
                            stack.Pop();
                        }
                    }

                    break;
                case BidiClass.B:
                    levels[i] = paragraphLevel;
                    break;
                case BidiClass.BN:
                    levels[i] = top.Level;
                    break;
                default:
                    levels[i] = top.Level;
                    if (top.Override is { } forcedChar)
                    {
                        types[i] = forcedChar;
                    }

                    break;
            }
        }

        return levels;
    }

    /// <summary>X10 (BD13): level runs of the characters left after X9, chained across isolates.</summary>
    private static List<IsolatingRunSequence> IsolatingRunSequences(BidiClass[] types, byte[] levels, byte paragraphLevel, int[] matchingPdi)
    {
        var kept = Enumerable.Range(0, types.Length).Where(i => !IsRemoved(types[i])).ToArray();
        var runs = new List<List<int>>();
        foreach (var index in kept)
        {
            if (runs.Count == 0 || levels[runs[^1][^1]] != levels[index])
            {
                runs.Add([]);
            }

            runs[^1].Add(index);
        }

        var runStartingAt = runs.Select((run, n) => (run[0], n)).ToDictionary(p => p.Item1, p => p.n);
        var sequences = new List<IsolatingRunSequence>();
        var chained = new HashSet<int>();
        for (var n = 0; n < runs.Count; n++)
        {
            if (chained.Contains(n))
            {
                continue;
            }

            var indices = new List<int>(runs[n]);
            var current = n;
            while (IsIsolateInitiator(types[runs[current][^1]]) && matchingPdi[runs[current][^1]] is var pdi and >= 0 && runStartingAt.TryGetValue(pdi, out var next))
            {
                indices.AddRange(runs[next]);
                chained.Add(next);
                current = next;
            }

            sequences.Add(new IsolatingRunSequence([.. indices], types, levels, paragraphLevel, kept));
        }

        return sequences;
    }

    /// <summary>Bidi character classes (Bidi_Class values) in the order the rules test them.</summary>
    internal enum BidiClass : byte
    {
        L,
        R,
        AL,
        EN,
        ES,
        ET,
        AN,
        CS,
        NSM,
        BN,
        B,
        S,
        WS,
        ON,
        LRE,
        LRO,
        RLE,
        RLO,
        PDF,
        LRI,
        RLI,
        FSI,
        PDI,
    }
}
