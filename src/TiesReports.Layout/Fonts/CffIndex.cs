namespace TiesReports.Layout.Fonts;

/// <summary>
/// A CFF INDEX (a count, an offset size, count + 1 offsets, then the items), read in place: where each item lies
/// in the CFF table, without copying it.
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

    public static CffIndex Read(ReadOnlySpan<byte> cff, int at, string what)
    {
        if (at < 0 || at + 2 > cff.Length)
        {
            throw new InvalidDataException($"The CFF table's {what} INDEX at {at} lies outside the table.");
        }

        var count = (cff[at] << 8) | cff[at + 1];
        if (count == 0)
        {
            return new CffIndex(0, at + 2, 1, at + 2, at + 2);
        }

        var offSize = cff[at + 2];
        var offsetsAt = at + 3;
        if (offSize is < 1 or > 4 || offsetsAt + (count + 1) * offSize > cff.Length)
        {
            throw new InvalidDataException($"The CFF table's {what} INDEX at {at} is damaged.");
        }

        // Offsets count from 1, relative to the byte before the first item.
        var dataBase = offsetsAt + (count + 1) * offSize - 1;
        var index = new CffIndex(count, offsetsAt, offSize, dataBase, 0);
        var end = dataBase + index.Offset(cff, count);
        if (end > cff.Length)
        {
            throw new InvalidDataException($"The CFF table's {what} INDEX at {at} runs past the table.");
        }

        return new CffIndex(count, offsetsAt, offSize, dataBase, end);
    }

    /// <summary>Where item <paramref name="i"/> starts in the table, and where it ends.</summary>
    public (int Start, int End) Item(ReadOnlySpan<byte> cff, int i) =>
        (_dataBase + Offset(cff, i), _dataBase + Offset(cff, i + 1));

    private int Offset(ReadOnlySpan<byte> cff, int i)
    {
        var at = _offsetsAt + i * _offSize;
        var value = 0;
        for (var k = 0; k < _offSize; k++)
        {
            value = (value << 8) | cff[at + k];
        }

        return value;
    }
}
