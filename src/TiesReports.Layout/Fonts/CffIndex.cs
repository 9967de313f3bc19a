namespace TiesReports.Layout.Fonts;

/// <summary>
/// A CFF INDEX (a count, an offset size, count + 1 offsets, then the items), read in place: where each item lies
/// in the CFF table, without copying it. <see cref="Read"/> checks every offset, so <see cref="Item"/> needs no checks.
/// </summary>
internal readonly struct CffIndex
{
    private readonly int _offsetsAt;
    private readonly int _offSize;
    private readonly int _dataBase;

    private CffIndex(int count, int offsetsAt, int offSize, int dataBase, int end)
    {
        Count = count;
        _offsetsAt = offsetsAt;
        _offSize = offSize;
        _dataBase = dataBase;
        End = end;
    }

    public int Count { get; }

    /// <summary>The first byte after the INDEX.</summary>
    public int End { get; }

    /// <summary>
    /// The INDEX at <paramref name="at"/> (a long, as DICT operands may point anywhere); <paramref name="what"/> names it
    /// in errors. Offsets must start at 1, never decrease and stay within the table.
    /// </summary>
    public static CffIndex Read(ReadOnlySpan<byte> cff, long at, string what)
    {
        if (at < 0 || at + 2 > cff.Length)
        {
            throw Bad(what, at, $"lies outside the table ({cff.Length} bytes)");
        }

        var start = (int)at;
        var count = (cff[start] << 8) | cff[start + 1];
        if (count == 0)
        {
            return new CffIndex(0, start + 2, 1, start + 2, start + 2);
        }

        if (start + 3 > cff.Length)
        {
            throw Bad(what, at, "ends before its offset size");
        }

        var offSize = cff[start + 2];
        if (offSize is < 1 or > 4)
        {
            throw Bad(what, at, $"has offset size {offSize}; 1 to 4 is allowed");
        }

        var offsetsAt = start + 3;
        var offsetsEnd = offsetsAt + ((long)count + 1) * offSize;
        if (offsetsEnd > cff.Length)
        {
            throw Bad(what, at, $"has {count + 1} offsets that run past the table");
        }

        // Offsets count from 1, relative to the byte before the first item.
        var dataBase = (int)offsetsEnd - 1;
        var previous = 1L;
        for (var i = 0; i <= count; i++)
        {
            var offset = ReadOffset(cff, offsetsAt + i * offSize, offSize);
            if (i == 0 && offset != 1)
            {
                throw Bad(what, at, $"has first offset {offset}; it must be 1");
            }

            if (offset < previous)
            {
                throw Bad(what, at, $"has offset {i} ({offset}) below offset {i - 1} ({previous})");
            }

            if (dataBase + offset > cff.Length)
            {
                throw Bad(what, at, $"has offset {i} ({offset}) past the end of the table");
            }

            previous = offset;
        }

        return new CffIndex(count, offsetsAt, offSize, dataBase, dataBase + (int)previous);
    }

    /// <summary>Where item <paramref name="i"/> (0 to <see cref="Count"/> - 1) starts in the table, and where it ends.</summary>
    public (int Start, int End) Item(ReadOnlySpan<byte> cff, int i) =>
        (_dataBase + (int)ReadOffset(cff, _offsetsAt + i * _offSize, _offSize), _dataBase + (int)ReadOffset(cff, _offsetsAt + (i + 1) * _offSize, _offSize));

    private static long ReadOffset(ReadOnlySpan<byte> cff, int at, int size)
    {
        var value = 0L;
        for (var k = 0; k < size; k++)
        {
            value = (value << 8) | cff[at + k];
        }

        return value;
    }

    private static InvalidDataException Bad(string what, long at, string reason) => new($"The CFF table's {what} INDEX at {at} {reason}.");
}
