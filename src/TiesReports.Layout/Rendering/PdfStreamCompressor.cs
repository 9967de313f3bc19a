using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TiesReports.Layout.Rendering;

/// <summary>
/// Deflates every unfiltered stream of a PDF that PDFsharp wrote uncompressed, with .NET's native zlib, and
/// rewrites the cross-reference table. PDFsharp's own managed deflater costs more time than the rest of the
/// save, and its content streams are flagged by qpdf; native zlib is several times faster and compresses
/// the TrueType font subsets better. CFF font programs are left as they are (at our level deflate makes them larger).
/// </summary>
internal static class PdfStreamCompressor
{
    private const int MinimumWorthCompressing = 64;
    private static readonly byte[] StreamStart = ">>\nstream\n"u8.ToArray();

    public static byte[] Compress(ReadOnlySpan<byte> pdf, CompressionLevel level)
    {
        var span = pdf;
        var startxref = span.LastIndexOf("startxref"u8);
        var xref = ReadInt(span, startxref + "startxref".Length, out _);
        if (!span[xref..].StartsWith("xref\n"u8))
        {
            throw new InvalidDataException("Unexpected PDF layout: no classic cross-reference table.");
        }

        var position = xref + "xref\n".Length;
        var first = ReadInt(span, position, out position);
        var count = ReadInt(span, position, out position);
        position = span[position..].IndexOf((byte)'\n') + position + 1;
        if (first != 0)
        {
            throw new InvalidDataException("Unexpected PDF layout: the cross-reference table has several sections.");
        }

        // In-use objects by their byte offset; each ends where the next begins.
        var entries = new (long Offset, string Raw, bool InUse)[count];
        for (var i = 0; i < count; i++)
        {
            var line = span.Slice(position + i * 20, 20);
            entries[i] = (long.Parse(line[..10], CultureInfo.InvariantCulture), Encoding.ASCII.GetString(line), line[17] == 'n');
        }

        var trailerStart = position + count * 20;
        var objects = Enumerable.Range(0, count).Where(i => entries[i].InUse).OrderBy(i => entries[i].Offset).ToArray();
        var output = ScratchStreams.Take(ScratchStreams.Output);
        var deflated = ScratchStreams.Take(ScratchStreams.Deflate);
        output.Write(span[..(int)entries[objects[0]].Offset]);
        var newOffsets = new long[count];
        for (var k = 0; k < objects.Length; k++)
        {
            var start = (int)entries[objects[k]].Offset;
            var end = k + 1 < objects.Length ? (int)entries[objects[k + 1]].Offset : xref;
            newOffsets[objects[k]] = output.Position;
            WriteObject(output, deflated, pdf[start..end], level);
        }

        var newXref = output.Position;
        var table = new StringBuilder(count * 20 + 32);
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {count}\n");
        for (var i = 0; i < count; i++)
        {
            table.Append(entries[i].InUse ? string.Create(CultureInfo.InvariantCulture, $"{newOffsets[i]:D10}{entries[i].Raw[10..]}") : entries[i].Raw);
        }

        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        output.Write(span[trailerStart..startxref]);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n")));
        var result = output.ToArray();
        ScratchStreams.Return(ScratchStreams.Output, output);
        ScratchStreams.Return(ScratchStreams.Deflate, deflated);
        return result;
    }

    private static void WriteObject(MemoryStream output, MemoryStream scratch, ReadOnlySpan<byte> obj, CompressionLevel level)
    {
        var streamAt = obj.IndexOf(StreamStart);
        if (streamAt < 0)
        {
            output.Write(obj);
            return;
        }

        // A CFF font program is left as it is: Type 2 charstrings are dense. .NET's zlib at Fastest makes the Chinese
        // brief's two subsets 4% larger (77.9 -> 80.9 KB); level 2 makes them 9% smaller (-6.7 KB, 6% of the file) for
        // 0.8 ms, 40% of the whole brief's time. Trying at Fastest took the brief from 1.00x English's time to 1.21x.
        var dictionary = obj[..streamAt];
        var lengthAt = dictionary.IndexOf("/Length "u8);
        if (dictionary.IndexOf("/Filter"u8) >= 0 || lengthAt < 0 || dictionary.IndexOf("/CIDFontType0C"u8) >= 0)
        {
            output.Write(obj);
            return;
        }

        var valueStart = lengthAt + "/Length ".Length;
        var length = ReadInt(dictionary, valueStart, out var valueEnd);
        var dataStart = streamAt + StreamStart.Length;
        if (dataStart + length > obj.Length)
        {
            output.Write(obj);
            return;
        }

        var data = obj.Slice(dataStart, length);
        if (length < MinimumWorthCompressing)
        {
            output.Write(obj);
            return;
        }

        var compressed = Deflate(scratch, data, level);
        if (compressed.Length >= data.Length)
        {
            output.Write(obj);
            return;
        }

        output.Write(dictionary[..valueStart]);
        output.Write(Encoding.ASCII.GetBytes(compressed.Length.ToString(CultureInfo.InvariantCulture)));
        output.Write("/Filter/FlateDecode"u8);
        output.Write(dictionary[valueEnd..]);
        output.Write(StreamStart);
        output.Write(compressed);
        output.Write(obj[(dataStart + length)..]);
    }

    /// <summary>The zlib stream of <paramref name="data"/>, in <paramref name="scratch"/>'s buffer (valid until the next call).</summary>
    private static ReadOnlySpan<byte> Deflate(MemoryStream scratch, ReadOnlySpan<byte> data, CompressionLevel level)
    {
        scratch.SetLength(0);
        using (var zlib = new ZLibStream(scratch, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return scratch.GetBuffer().AsSpan(0, (int)scratch.Length);
    }

    private static int ReadInt(ReadOnlySpan<byte> span, int from, out int end)
    {
        while (span[from] is (byte)' ' or (byte)'\n' or (byte)'\r')
        {
            from++;
        }

        if (!Utf8Parser.TryParse(span[from..], out int value, out var consumed))
        {
            throw new InvalidDataException($"Unexpected PDF layout: no number at offset {from}.");
        }

        end = from + consumed;
        return value;
    }
}
