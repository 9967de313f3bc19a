using System.Buffers.Binary;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// Cuts a TrueType (glyf) font down to the glyphs a document draws, for embedding as a CIDFontType2 program.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "gasp", "prep"];

    /// <summary>
    /// Cuts <paramref name="font"/> so that its glyph <c>n</c> is the old glyph <c>glyphs[n]</c> (the same old glyph
    /// may stand at several places), followed by the parts of composite glyphs. <paramref name="glyphs"/> starts with
    /// 0 (.notdef). The cut has no character map: a PDF addresses its glyphs by id.
    /// </summary>
    public static byte[] SubsetGlyphs(ReadOnlySpan<byte> font, IReadOnlyList<ushort> glyphs, string name)
    {
        var tables = TrueTypeTables.Read(font);
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(TrueTypeTables.Table(font, tables, "maxp")[4..]);
        var order = new List<int>(glyphs.Count + 8);
        var newIdOf = new Dictionary<int, int>(glyphs.Count + 8);
        foreach (var glyph in glyphs)
        {
            var old = glyph < numGlyphs ? glyph : 0;
            newIdOf.TryAdd(old, order.Count);
            order.Add(old);
        }

        return Write(font, tables, order, newIdOf, name);
    }

    private static byte[] Write(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, List<int> order, Dictionary<int, int> newIdOf, string name)
    {
        var head = TrueTypeTables.Table(font, tables, "head");
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var loca = TrueTypeTables.Table(font, tables, "loca");
        var glyf = TrueTypeTables.Table(font, tables, "glyf");
        var hhea = TrueTypeTables.Table(font, tables, "hhea");
        var hmtx = TrueTypeTables.Table(font, tables, "hmtx");
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);

        for (var i = 0; i < order.Count; i++)
        {
            foreach (var component in Components(glyf[Offset(loca, longLoca, order[i])..Offset(loca, longLoca, order[i] + 1)]))
            {
                if (!newIdOf.ContainsKey(component))
                {
                    newIdOf[component] = order.Count;
                    order.Add(component);
                }
            }
        }

        var glyfLength = 0;
        for (var i = 0; i < order.Count; i++)
        {
            glyfLength += Padded(Offset(loca, longLoca, order[i] + 1) - Offset(loca, longLoca, order[i]));
        }

        var newLoca = new byte[(order.Count + 1) * 4];
        var newHmtx = new byte[order.Count * 4];
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(Math.Min(old, longMetrics - 1) * 4)..]);
            var lsb = old < longMetrics
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(old * 4 + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(hmtx[(longMetrics * 4 + (old - longMetrics) * 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(i * 4), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(i * 4 + 2), lsb);
        }

        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        var newHhea = hhea.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)order.Count);
        var newMaxp = TrueTypeTables.Table(font, tables, "maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)order.Count);
        var newPost = TrueTypeTables.Table(font, tables, "post")[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newPost, 0x00030000);

        // glyf is the bulk of a subset (CJK outlines): it is written straight into the program, never copied twice.
        var output = new SortedDictionary<string, byte[]?>(StringComparer.Ordinal)
        {
            ["cmap"] = EmptyCmap(),
            ["glyf"] = null,
            ["head"] = newHead,
            ["hhea"] = newHhea,
            ["hmtx"] = newHmtx,
            ["loca"] = newLoca,
            ["maxp"] = newMaxp,
            ["post"] = newPost,
            ["name"] = NameTable(name),
        };
        foreach (var tag in CopiedTables.Where(tables.ContainsKey))
        {
            output[tag] = TrueTypeTables.Table(font, tables, tag).ToArray();
        }

        var (program, glyfAt) = Assemble(output, glyfLength);
        var position = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var start = Offset(loca, longLoca, order[i]);
            var end = Offset(loca, longLoca, order[i] + 1);
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)position);
            var data = program.AsSpan(glyfAt + position, end - start);
            glyf[start..end].CopyTo(data);
            RemapComponents(data, newIdOf);
            position += Padded(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(order.Count * 4), (uint)position);
        Finish(program, output);
        return program;
    }

    private static int Offset(ReadOnlySpan<byte> loca, bool longLoca, int glyph) => longLoca
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..])
        : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2;

    /// <summary>A Windows-platform name table (family, style, unique id, full name, PostScript name), all <paramref name="name"/>.</summary>
    private static byte[] NameTable(string name)
    {
        var text = System.Text.Encoding.BigEndianUnicode.GetBytes(name);
        ushort[] ids = [1, 2, 3, 4, 6];
        var stringsAt = 6 + ids.Length * 12;
        var table = new byte[stringsAt + text.Length];
        var s = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], (ushort)ids.Length);
        BinaryPrimitives.WriteUInt16BigEndian(s[4..], (ushort)stringsAt);
        for (var i = 0; i < ids.Length; i++)
        {
            var record = s[(6 + i * 12)..];
            BinaryPrimitives.WriteUInt16BigEndian(record, 3);
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], 0x409);
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], ids[i]);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)text.Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], 0);
        }

        text.CopyTo(table, stringsAt);
        return table;
    }

    private static IEnumerable<int> Components(ReadOnlySpan<byte> glyph)
    {
        var found = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return found;
        }

        var at = 10;
        while (true)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            found.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ComponentArgumentsLength(flags);
            if ((flags & 0x20) == 0)
            {
                return found;
            }
        }
    }

    private static void RemapComponents(Span<byte> glyph, Dictionary<int, int> newIdOf)
    {
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return;
        }

        var at = 10;
        while (true)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            var old = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(glyph[(at + 2)..], (ushort)newIdOf[old]);
            at += 4 + ComponentArgumentsLength(flags);
            if ((flags & 0x20) == 0)
            {
                return;
            }
        }
    }

    // Argument words, then the optional scale (one value, x/y, or a 2×2 matrix).
    private static int ComponentArgumentsLength(ushort flags) =>
        ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);

    /// <summary>A (3,1) format 4 subtable with only its closing segment: the program maps no character.</summary>
    private static byte[] EmptyCmap()
    {
        var table = new byte[12 + 24];
        var s = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(s[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(s[6..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(s[8..], 12);
        var sub = s[12..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 4);
        BinaryPrimitives.WriteUInt16BigEndian(sub[2..], 24);
        BinaryPrimitives.WriteUInt16BigEndian(sub[6..], 2); // segCountX2
        BinaryPrimitives.WriteUInt16BigEndian(sub[8..], 2); // searchRange
        BinaryPrimitives.WriteUInt16BigEndian(sub[10..], 0); // entrySelector
        BinaryPrimitives.WriteUInt16BigEndian(sub[12..], 0); // rangeShift
        BinaryPrimitives.WriteUInt16BigEndian(sub[14..], 0xFFFF); // endCode
        BinaryPrimitives.WriteUInt16BigEndian(sub[18..], 0xFFFF); // startCode (after reservedPad)
        BinaryPrimitives.WriteUInt16BigEndian(sub[20..], 1); // idDelta
        return table;
    }

    /// <summary>
    /// The program with its table directory and every table but glyf (left empty, <paramref name="glyfLength"/> bytes
    /// at the offset returned) in place; <see cref="Finish"/> copies the late tables and sets the checksums.
    /// </summary>
    private static (byte[] Program, int GlyfAt) Assemble(SortedDictionary<string, byte[]?> tables, int glyfLength)
    {
        var count = tables.Count;
        var offset = 12 + count * 16;
        var font = new byte[offset + tables.Values.Sum(t => Padded(t?.Length ?? glyfLength))];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        var i = 0;
        var at = offset;
        var glyfAt = 0;
        foreach (var (tag, data) in tables)
        {
            var record = font.AsSpan(12 + i++ * 16);
            System.Text.Encoding.ASCII.GetBytes(tag).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)(data?.Length ?? glyfLength));
            glyfAt = data is null ? at : glyfAt;
            at += Padded(data?.Length ?? glyfLength);
        }

        return (font, glyfAt);
    }

    /// <summary>Copies the tables (loca is complete only once glyf is written) and sets every checksum.</summary>
    private static void Finish(byte[] font, SortedDictionary<string, byte[]?> tables)
    {
        var i = 0;
        var headAt = 0;
        foreach (var (tag, data) in tables)
        {
            var record = font.AsSpan(12 + i++ * 16);
            var at = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            data?.CopyTo(font.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], TrueTypeTables.Checksum(font.AsSpan(at, length)));
            headAt = tag == "head" ? at : headAt;
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), 0xB1B0AFBA - TrueTypeTables.Checksum(font));
    }

    /// <summary>Tables start on 4-byte boundaries.</summary>
    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
}
