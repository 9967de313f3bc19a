namespace TiesReports.Layout.Rendering;

/// <summary>
/// Memory streams kept per thread between documents, for the uncompressed file, the deflated one and each stream
/// being deflated: grown fresh for every document they were large-object-heap arrays, whose budget set off a full
/// garbage collection every brief or two (the warm p95). Rendering is synchronous, one document per thread at a
/// time, so a thread-static stream is enough (no pool package needed); one grown past 8 MB is let go after use.
/// </summary>
internal static class ScratchStreams
{
    public const int Save = 0;
    public const int Output = 1;
    public const int Deflate = 2;

    private const int LargestKept = 8 * 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream?[]? t_streams;

    /// <summary>The thread's empty stream in <paramref name="slot"/>; give it back with <see cref="Return"/>.</summary>
    public static MemoryStream Take(int slot)
    {
        var streams = t_streams ??= new MemoryStream?[3];
        var stream = streams[slot] ?? new MemoryStream(64 * 1024);
        streams[slot] = null;
        stream.SetLength(0);
        return stream;
    }

    public static void Return(int slot, MemoryStream stream)
    {
        if (stream.Capacity <= LargestKept)
        {
            (t_streams ??= new MemoryStream?[3])[slot] = stream;
        }
    }
}
