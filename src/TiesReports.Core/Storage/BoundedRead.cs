namespace TiesReports.Core.Storage;

/// <summary>Reads a stream to its end, but never more than a cap: an oversized object costs the cap, not its size.</summary>
internal static class BoundedRead
{
    public static async Task<byte[]> ReadAllAsync(Stream stream, string name, long expectedLength, long maxBytes, CancellationToken cancellationToken)
    {
        var cap = (int)Math.Min(maxBytes, Array.MaxLength - 1);

        // Exactly the announced length, so that the usual read returns this array itself: a copy cut to length
        // doubled the peak of reading a 15 MB file.
        var buffer = new byte[(int)Math.Clamp(expectedLength, 0, cap)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled > cap)
                {
                    throw new StoredObjectTooLargeException(name, filled, maxBytes);
                }

                // Full: the end is expected here; one more byte says whether it grew while being read.
                var probe = new byte[1];
                if (await stream.ReadAsync(probe, cancellationToken) == 0)
                {
                    return buffer;
                }

                if (filled + 1 > cap)
                {
                    throw new StoredObjectTooLargeException(name, filled + 1, maxBytes);
                }

                // Longer than announced: keep going, still within the cap.
                Array.Resize(ref buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, 4096), cap + 1L));
                buffer[filled++] = probe[0];
                continue;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return filled == buffer.Length ? buffer : buffer[..filled];
            }

            filled += read;
        }
    }
}
