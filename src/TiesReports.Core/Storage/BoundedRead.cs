namespace TiesReports.Core.Storage;

/// <summary>Reads a stream to its end, but never more than a cap: an oversized object costs the cap, not its size.</summary>
internal static class BoundedRead
{
    public static async Task<byte[]> ReadAllAsync(Stream stream, string name, long expectedLength, long maxBytes, CancellationToken cancellationToken)
    {
        var cap = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        var buffer = new byte[(int)Math.Clamp(expectedLength, 0, cap) + 1];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled > cap)
                {
                    throw new StoredObjectTooLargeException(name, filled, maxBytes);
                }

                // Longer than announced (it grew while being read): keep going, still within the cap.
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, cap + 1L));
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
