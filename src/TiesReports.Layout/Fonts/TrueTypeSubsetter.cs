using System.Buffers.Binary;

namespace TiesReports.Layout.Fonts;

/// <summary>
/// Cuts a TrueType (glyf) font down to the glyphs of a set of characters, renumbering glyphs in character
/// order. Used once per process to make a "common characters" face of the large CJK font: PDFsharp keeps
/// every glyph's metrics and location in each subset it embeds, so a 65,000-glyph font would put about
/// 250 KB of tables into every PDF and cost milliseconds to compress.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "gasp", "prep"];

    /// <summary>
    /// Cuts <paramref name="font"/> to <paramref name="codePoints"/>. The cut is named <paramref name="name"/> in its
    /// own name table: PDFsharp indexes fonts by that name, and two different programs under one name make it
    /// lose the second one (it then fails with a NullReferenceException in OpenTypeFontFace.CetOrCreateFrom).
    /// </summary>
    public static byte[] Subset(ReadOnlySpan<byte> font, IEnumerable<int> codePoints, string name, TrueTypeMetrics? metrics = null)
    {
        var tables = TrueTypeTables.Read(font);
        metrics ??= TrueTypeMetrics.Read(font);
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(TrueTypeTables.Table(font, tables, "maxp")[4..]);

        // New glyph ids: .notdef, then each mapped character's glyph in character order, then composite parts.
        var mapping = new List<(int CodePoint, int NewGlyph)>();
        var order = new List<int> { 0 };
        var newIdOf = new Dictionary<int, int> { [0] = 0 };
        foreach (var cp in codePoints.Distinct().Order())
        {
            int old = metrics.GlyphOf(cp);
            if (old == 0 || old >= numGlyphs)
            {
                continue;
            }

            // Each character gets a glyph of its own, even where the font shares one (a compatibility ideograph and
            // its unified twin, Arabic and Persian digits): a PDF maps each glyph back to one character only, so a
            // shared glyph would make one of the two read back as the other.
            var id = order.Count;
            newIdOf.TryAdd(old, id);
            order.Add(old);
            mapping.Add((cp, id));
        }

        return Write(font, tables, order, newIdOf, mapping, name);
    }

    /// <summary>
    /// Cuts <paramref name="font"/> to <paramref name="glyphs"/> (and the parts of composite glyphs), for text that was
    /// shaped and is drawn by glyph id. Returns the cut and each old glyph id's new one.
    /// </summary>
    public static (byte[] Font, IReadOnlyDictionary<int, int> NewGlyphIds) SubsetGlyphs(ReadOnlySpan<byte> font, IEnumerable<int> glyphs, string name)
    {
        var tables = TrueTypeTables.Read(font);
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(TrueTypeTables.Table(font, tables, "maxp")[4..]);
        var order = new List<int> { 0 };
        var newIdOf = new Dictionary<int, int> { [0] = 0 };
        foreach (var glyph in glyphs.Distinct().Order())
        {
            if (glyph > 0 && glyph < numGlyphs)
            {
                newIdOf[glyph] = order.Count;
                order.Add(glyph);
            }
        }

        return (Write(font, tables, order, newIdOf, [], name), newIdOf);
    }

    private static byte[] Write(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, List<int> order, Dictionary<int, int> newIdOf, List<(int CodePoint, int NewGlyph)> mapping, string name)
    {
        var head = TrueTypeTables.Table(font, tables, "head");
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var loca = TrueTypeTables.Table(font, tables, "loca").ToArray();
        var glyf = TrueTypeTables.Table(font, tables, "glyf");
        var hhea = TrueTypeTables.Table(font, tables, "hhea");
        var hmtx = TrueTypeTables.Table(font, tables, "hmtx");
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);

        int Offset(int glyph) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(glyph * 2)) * 2;

        for (var i = 0; i < order.Count; i++)
        {
            foreach (var component in Components(glyf[Offset(order[i])..Offset(order[i] + 1)]))
            {
                if (!newIdOf.ContainsKey(component))
                {
                    newIdOf[component] = order.Count;
                    order.Add(component);
                }
            }
        }

        // glyf and loca (long format), with composite component ids rewritten. Written into one array of the exact
        // size: a growing stream reallocated and copied megabytes for the Chinese cut, a third of a native cold start.
        var newLoca = new byte[(order.Count + 1) * 4];
        var glyfLength = 0;
        for (var i = 0; i < order.Count; i++)
        {
            glyfLength += Padded(Offset(order[i] + 1) - Offset(order[i]));
        }

        var newGlyf = new byte[glyfLength];
        var position = 0;
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)position);
            var data = newGlyf.AsSpan(position, Offset(order[i] + 1) - Offset(order[i]));
            glyf[Offset(order[i])..Offset(order[i] + 1)].CopyTo(data);
            RemapComponents(data, newIdOf);
            position += Padded(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(order.Count * 4), (uint)position);

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

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["cmap"] = Cmap(mapping),
            ["glyf"] = newGlyf,
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

        return Assemble(output);
    }

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

    /// <summary>A (3,1) format 4 subtable; new glyph ids follow character order, so runs become delta segments.</summary>
    private static byte[] Cmap(List<(int CodePoint, int NewGlyph)> mapping)
    {
        var segments = new List<(int Start, int End, int Delta)>();
        foreach (var (cp, glyph) in mapping.Where(m => m.CodePoint < 0xFFFF))
        {
            if (segments.Count > 0 && segments[^1].End == cp - 1 && glyph - cp == segments[^1].Delta)
            {
                segments[^1] = (segments[^1].Start, cp, segments[^1].Delta);
            }
            else
            {
                segments.Add((cp, cp, glyph - cp));
            }
        }

        segments.Add((0xFFFF, 0xFFFF, 1));
        var count = segments.Count;
        var length = 16 + count * 8;
        if (length > 0xFFFF)
        {
            throw new InvalidOperationException("Too many characters for one format 4 cmap.");
        }

        var astral = mapping.Where(m => m.CodePoint > 0xFFFF).ToList();
        var tablesCount = astral.Count > 0 ? 2 : 1;
        var format4At = 4 + tablesCount * 8;
        var format12At = format4At + length;
        var table = new byte[format12At + (astral.Count > 0 ? 16 + astral.Count * 12 : 0)];
        var s = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], (ushort)tablesCount);
        BinaryPrimitives.WriteUInt16BigEndian(s[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(s[6..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(s[8..], (uint)format4At);
        if (astral.Count > 0)
        {
            // Characters beyond the BMP (CJK extension B and later) need a (3,10) format 12 subtable.
            BinaryPrimitives.WriteUInt16BigEndian(s[12..], 3);
            BinaryPrimitives.WriteUInt16BigEndian(s[14..], 10);
            BinaryPrimitives.WriteUInt32BigEndian(s[16..], (uint)format12At);
            var sub12 = s[format12At..];
            BinaryPrimitives.WriteUInt16BigEndian(sub12, 12);
            BinaryPrimitives.WriteUInt32BigEndian(sub12[4..], (uint)(16 + astral.Count * 12));
            BinaryPrimitives.WriteUInt32BigEndian(sub12[12..], (uint)astral.Count);
            for (var i = 0; i < astral.Count; i++)
            {
                var group = sub12[(16 + i * 12)..];
                BinaryPrimitives.WriteUInt32BigEndian(group, (uint)astral[i].CodePoint);
                BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)astral[i].CodePoint);
                BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)astral[i].NewGlyph);
            }
        }

        var sub = s[format4At..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 4);
        BinaryPrimitives.WriteUInt16BigEndian(sub[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(sub[6..], (ushort)(count * 2));
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(sub[8..], (ushort)(power * 2));
        BinaryPrimitives.WriteUInt16BigEndian(sub[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(sub[12..], (ushort)(count * 2 - power * 2));
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(sub[(14 + i * 2)..], (ushort)segments[i].End);
            BinaryPrimitives.WriteUInt16BigEndian(sub[(16 + count * 2 + i * 2)..], (ushort)segments[i].Start);
            // idDelta is added modulo 65536, so the low 16 bits of any delta are exact.
            BinaryPrimitives.WriteUInt16BigEndian(sub[(16 + count * 4 + i * 2)..], unchecked((ushort)segments[i].Delta));
            BinaryPrimitives.WriteUInt16BigEndian(sub[(16 + count * 6 + i * 2)..], 0);
        }

        return table;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var offset = 12 + count * 16;
        var font = new byte[offset + tables.Values.Sum(t => Padded(t.Length))];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        var i = 0;
        var at = offset;
        var headAt = 0;
        foreach (var (tag, data) in tables)
        {
            var record = font.AsSpan(12 + i++ * 16);
            System.Text.Encoding.ASCII.GetBytes(tag).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], TrueTypeTables.Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            headAt = tag == "head" ? at : headAt;
            data.CopyTo(font.AsSpan(at));
            at += Padded(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), 0xB1B0AFBA - TrueTypeTables.Checksum(font));
        return font;
    }

    /// <summary>Tables start on 4-byte boundaries.</summary>
    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
}
