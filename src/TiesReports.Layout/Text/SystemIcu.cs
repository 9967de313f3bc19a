using System.Runtime.InteropServices;

namespace TiesReports.Layout.Text;

/// <summary>
/// The operating system's ICU (libicuuc, which .NET itself needs on Linux unless globalization is invariant) for
/// the Unicode data .NET does not expose: bidi classes, mirrored and paired brackets, character names and the
/// dictionary line breaks of Thai, Lao, Khmer and Myanmar. Called through function pointers found at run time,
/// because ICU suffixes every symbol with its major version (u_charName_72); no reflection, so Native AOT is safe.
/// Loaded on first use: text below the Hebrew block never needs it.
/// </summary>
internal static unsafe class SystemIcu
{
    private const int BidiPairedBracketTypeProperty = 0x1015; // UCHAR_BIDI_PAIRED_BRACKET_TYPE
    private const int LineBreakIterator = 2; // UBRK_LINE

    private static readonly Lazy<Exports> Library = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>ICU's UCharDirection of a code point (U_LEFT_TO_RIGHT = 0 … U_POP_DIRECTIONAL_ISOLATE = 22).</summary>
    public static int Direction(int codePoint) => Library.Value.CharDirection(codePoint);

    public static int Mirror(int codePoint) => Library.Value.CharMirror(codePoint);

    public static int PairedBracket(int codePoint) => Library.Value.PairedBracket(codePoint);

    /// <summary>0 none, 1 opening, 2 closing (UBidiPairedBracketType).</summary>
    public static int PairedBracketType(int codePoint) => Library.Value.IntPropertyValue(codePoint, BidiPairedBracketTypeProperty);

    public static bool IsDefined(int codePoint) => Library.Value.IsDefined(codePoint) != 0;

    /// <summary>The Unicode version of the loaded data, such as "15.0".</summary>
    public static string UnicodeVersion
    {
        get
        {
            var version = stackalloc byte[4];
            Library.Value.UnicodeVersion(version);
            return $"{version[0]}.{version[1]}";
        }
    }

    /// <summary>
    /// The Unicode name (choice 0) or ICU's extended name with labels like "&lt;private-use-E000&gt;" (choice 2);
    /// empty when there is none.
    /// </summary>
    public static string Name(int codePoint, int choice)
    {
        const int capacity = 256; // the longest Unicode name is 88 characters
        var buffer = stackalloc byte[capacity];
        var status = 0;
        var length = Library.Value.CharName(codePoint, choice, buffer, capacity, &status);
        return status > 0 || length <= 0 ? "" : System.Text.Encoding.ASCII.GetString(buffer, Math.Min(length, capacity));
    }

    /// <summary>ICU's line break positions in <paramref name="text"/> (after 0, up to its length), with the Thai dictionary locale.</summary>
    public static List<int> LineBreaks(string text)
    {
        var exports = Library.Value;
        var breaks = new List<int>();
        var status = 0;
        var locale = "th\0"u8;
        fixed (byte* localeName = locale)
        fixed (char* chars = text)
        {
            // ICU keeps a pointer to the text, so the iterator lives only while the text is pinned.
            var iterator = exports.BreakOpen(LineBreakIterator, localeName, chars, text.Length, &status);
            if (status > 0 || iterator == 0)
            {
                throw new InvalidOperationException($"ICU could not open a line break iterator (error {status}).");
            }

            try
            {
                exports.BreakFirst(iterator);
                for (var b = exports.BreakNext(iterator); b >= 0; b = exports.BreakNext(iterator))
                {
                    breaks.Add(b);
                }
            }
            finally
            {
                exports.BreakClose(iterator);
            }
        }

        return breaks;
    }

    private static Exports Load()
    {
        // Newest first, as .NET's own globalization probes.
        foreach (var major in Enumerable.Range(50, 60).Reverse())
        {
            if (NativeLibrary.TryLoad($"libicuuc.so.{major}", out var handle))
            {
                // Distributions rename exports with the major version (u_charName_72); an ICU built without renaming does not.
                return new Exports(handle, NativeLibrary.TryGetExport(handle, $"u_charName_{major}", out _) ? $"_{major}" : "");
            }
        }

        // A distribution's development link; macOS's libicucore and Windows 10's icu.dll use unversioned names.
        if (NativeLibrary.TryLoad("libicuuc.so", out var unversioned) || NativeLibrary.TryLoad("libicucore.dylib", out unversioned) || NativeLibrary.TryLoad("icu", out unversioned) || NativeLibrary.TryLoad("icuuc", out unversioned))
        {
            return new Exports(unversioned, NativeLibrary.TryGetExport(unversioned, "u_charName", out _) ? "" : Suffix(unversioned));
        }

        throw new DllNotFoundException(
            "The ICU library (libicuuc) is not installed; right-to-left text, Thai line breaks and character names need it. " +
            "On Debian or Ubuntu: apt-get install libicu72 (or your release's libicuNN).");
    }

    private static string Suffix(nint handle) =>
        Enumerable.Range(50, 60).Select(m => $"_{m}").FirstOrDefault(s => NativeLibrary.TryGetExport(handle, "u_charName" + s, out _))
        ?? throw new EntryPointNotFoundException("The ICU library found has no u_charName entry point.");

    private sealed class Exports(nint handle, string suffix)
    {
        public readonly delegate* unmanaged<int, int> CharDirection = (delegate* unmanaged<int, int>)Export(handle, "u_charDirection", suffix);
        public readonly delegate* unmanaged<int, int> CharMirror = (delegate* unmanaged<int, int>)Export(handle, "u_charMirror", suffix);
        public readonly delegate* unmanaged<int, int> PairedBracket = (delegate* unmanaged<int, int>)Export(handle, "u_getBidiPairedBracket", suffix);
        public readonly delegate* unmanaged<int, int, int> IntPropertyValue = (delegate* unmanaged<int, int, int>)Export(handle, "u_getIntPropertyValue", suffix);
        public readonly delegate* unmanaged<int, sbyte> IsDefined = (delegate* unmanaged<int, sbyte>)Export(handle, "u_isdefined", suffix);
        public readonly delegate* unmanaged<byte*, void> UnicodeVersion = (delegate* unmanaged<byte*, void>)Export(handle, "u_getUnicodeVersion", suffix);
        public readonly delegate* unmanaged<int, int, byte*, int, int*, int> CharName = (delegate* unmanaged<int, int, byte*, int, int*, int>)Export(handle, "u_charName", suffix);
        public readonly delegate* unmanaged<int, byte*, char*, int, int*, nint> BreakOpen = (delegate* unmanaged<int, byte*, char*, int, int*, nint>)Export(handle, "ubrk_open", suffix);
        public readonly delegate* unmanaged<nint, int> BreakFirst = (delegate* unmanaged<nint, int>)Export(handle, "ubrk_first", suffix);
        public readonly delegate* unmanaged<nint, int> BreakNext = (delegate* unmanaged<nint, int>)Export(handle, "ubrk_next", suffix);
        public readonly delegate* unmanaged<nint, void> BreakClose = (delegate* unmanaged<nint, void>)Export(handle, "ubrk_close", suffix);

        private static nint Export(nint handle, string name, string suffix) => NativeLibrary.GetExport(handle, name + suffix);
    }
}
